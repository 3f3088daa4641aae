# Accounts: joining an organisation by consent (invitations, the join code, requests of teachers).

orgs-invite-title = Aʼzolikka taklif qilish
orgs-invite = Taklif yuborish
orgs-invite-as = Kim sifatida
orgs-invite-hint = Oʻqituvchi yoki oʻquvchidan 8 xonali Alif24 ID raqamini soʻrang. U taklifni oʻz sahifasida qabul qiladi, bolaning taklifini esa ota-onasi qabul qiladi. Taklif 14 kun amal qiladi.
orgs-sent-title = Javob kutilayotgan takliflar
orgs-sent-hint = Taklif qabul qilingach, kishi aʼzolar roʻyxatida paydo boʻladi.
orgs-sent-expires = { $date } gacha amal qiladi
orgs-sent-withdraw = Qaytarib olish
orgs-code-title = Tashkilot kodi
orgs-code-hint = Bu kodni oʻqituvchilaringizga bering: ular uni oʻz sahifasida kiritib, qoʻshilish soʻrovini yuboradi. Soʻrovni siz tasdiqlaysiz.
orgs-code-none = Oʻqituvchilar sizga qoʻshilishni soʻrashi uchun kod yarating.
orgs-code-make = Kod yaratish
orgs-code-new = Yangi kod berish
orgs-requests-title = Qoʻshilishni soʻragan oʻqituvchilar
orgs-requests-approve = Qabul qilish
orgs-requests-reject = Rad etish
orgs-invited-title = Tashkilotlardan takliflar
orgs-invited-child = Kimga: { $name }
orgs-invited-parent-answers = Bu taklifga ota-onang javob beradi.
orgs-invited-accept = Qabul qilish
orgs-invited-decline = Rad etish
orgs-join-title = Maktab yoki oʻquv markaziga qoʻshilish
orgs-join-lead = Tashkilot administratoridan kodni soʻrang va shu yerga kiriting. Administrator soʻrovingizni tasdiqlagach, siz aʼzo boʻlasiz.
orgs-join-field-code = Tashkilot kodi
orgs-join-button = Soʻrov yuborish
orgs-asked-waiting = administrator javobini kutmoqda

notice-org_invitation_sent = Taklif yuborildi. Kishi uni qabul qilgach, aʼzo boʻladi.
notice-org_invitation_withdrawn = Taklif qaytarib olindi.
notice-org_join_code_changed = Yangi kod tayyor. Eski kod endi ishlamaydi.
notice-org_request_approved = Oʻqituvchi tashkilotga qabul qilindi.
notice-org_request_rejected = Soʻrov rad etildi.
notice-org_invitation_accepted = Taklif qabul qilindi. Endi siz tashkilot aʼzosisiz.
notice-org_invitation_declined = Taklif rad etildi.
notice-org_request_sent = Soʻrovingiz yuborildi. Administrator javobini kuting.

error-org_already_invited = Bu Alif24 ID ga yuborilgan taklif hali javob kutmoqda.
error-org_invitation_parent_answers = Bu taklifga ota-onang javob beradi.
error-org_code_unknown = Bunday kodli tashkilot topilmadi.

field-org-invite-id-invalid = Alif24 ID 8 ta raqamdan iborat boʻladi.
field-org-code-unknown = Kodni administrator bilan tekshirib, yana urinib koʻring.

orgs-requests-waiting = { $count } ta oʻqituvchi javobingizni kutmoqda.
orgs-requests-see = Soʻrovlarni koʻrish
