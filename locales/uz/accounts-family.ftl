# Accounts: family (parents and their children).

family-title = Farzandlarim
family-children = Farzandlar
family-empty = Hozircha farzand qoʻshilmagan. Quyida farzandingiz uchun hisob yarating yoki uning mavjud hisobini bogʻlang.
family-born = { $year }-yilda tugʻilgan
family-child-id = Alif24 ID:
family-new-give-id = Bu ID raqamni farzandingizga bering ({ $name }):
family-new-hint = Farzandingiz shu ID va siz tanlagan parol bilan kiradi. ID doim shu sahifada turadi.
family-unlink = Oiladan chiqarish
family-unlink-confirm = { $name } oilangizdan chiqarilsinmi? Farzandning hisobi va natijalari saqlanib qoladi, uni ID va parol bilan yana bogʻlashingiz mumkin.

family-add-title = Farzand qoʻshish
family-add-lead = Farzandingiz uchun hisob yaratamiz. U oʻzining Alif24 ID raqami bilan kiradi — e-pochta yoki telefon kerak emas.
family-field-child-name = Farzandning ismi
family-field-birth-year = Tugʻilgan yili
family-birth-year-hint = Farzand 3 yoshdan 18 yoshgacha boʻlishi kerak.
family-field-avatar = Rasm
family-field-child-password = Farzand uchun parol
family-password-hint = Kamida 6 ta belgi. Farzandingiz oson yoza oladigan va eslab qoladigan parol tanlang.
family-add-submit = Hisob yaratish

family-link-title = Mavjud hisobni bogʻlash
family-link-lead = Farzandingizning Alif24 hisobi bormi? Uning ID raqami va parolini yoki farzandingiz hisobidagi kodni kiriting.
family-field-child-id = Farzandning Alif24 ID raqami
family-field-child-current-password = Farzandning paroli
family-link-or = yoki
family-field-code = Farzand hisobidagi kod
family-code-hint = Farzandingiz oʻz hisobida «Ota-onam uchun kod» sahifasini ochadi: 6 ta harf va raqam, 15 daqiqa amal qiladi.
family-link-submit = Hisobni bogʻlash

family-code-title = Ota-onam uchun kod
family-code-lead = Onang yoki dadang yulduzchalaring va yutuqlaringni koʻrishini xohlaysanmi? Tugmani bos va kodni ularga koʻrsat.
family-code-show = Bu kodni onang yoki dadangga koʻrsat. Ular uni oʻzlarining Alif24 sahifasida yozadi.
family-code-until = Kod bir marta ishlaydi, { $time } gacha.
family-code-make = Kodimni olish
family-code-again = Yangi kod olish

family-dash-children = Farzandlarim
family-dash-empty = Hali farzand qoʻshmadingiz. Farzandingiz uchun hisob yarating — bu bir daqiqa vaqt oladi.
family-dash-manage = Farzand qoʻshish yoki bogʻlash

notice-family_child_created = Farzandingizning hisobi tayyor.
notice-family_child_linked = Farzandning hisobi sizning hisobingizga bogʻlandi.
notice-family_child_unlinked = Farzand oilangizdan chiqarildi. Uning hisobi saqlanib qoldi.

error-family_link_failed = ID va parol yoki kod farzand hisobiga mos kelmadi. Tekshirib, qayta urinib koʻring.
error-family_link_missing = Farzandingizning ID raqami va parolini yoki uning hisobidagi kodni kiriting.
error-family_full = Bitta oilada koʻpi bilan { $max } ta farzand boʻlishi mumkin.
field-family-child-id-invalid = Alif24 ID raqami 8 ta raqamdan iborat.
