home-title = Harflar, raqamlar va boshqalarni oʻzbek, rus va ingliz tillarida oʻrganing
home-lead = Alif24 — 4 yoshdan 11 yoshgacha boʻlgan bolalar uchta alifboni oʻrganadigan, taʼlimiy oʻyinlar oʻynaydigan va test topshiradigan joy. Ota-onalar farzandining yutuqlarini kuzatadi, oʻqituvchilar esa sinflarini boshqaradi.
home-cta-parent = Ota-ona sifatida boshlash
home-for-parents = Farzandlaringizga hisob oching va ularning yutuqlarini kuzating.
home-for-teachers = Sinflar yarating, oʻquvchilarni kod orqali taklif qiling va testlar tuzing.
home-for-orgs = Maktabingiz yoki oʻquv markazingiz oʻqituvchi va oʻquvchilarini bir joyga jamlang.
home-for-children = Ota-onang bergan 8 xonali ID bilan kir.

login-title = Kirish
login-identifier = E-pochta, telefon yoki Alif24 ID
login-identifier-hint = Bolalar 8 xonali Alif24 ID bilan kiradi.
login-no-account = Hisobingiz yoʻqmi?
register-title = Hisob yaratish
register-who = Men —
register-approval-hint = Oʻqituvchi va tashkilotlar darhol boshlashi mumkin; baʼzi imkoniyatlar administrator hisobni tasdiqlagandan soʻng ochiladi.
register-org-kind-hint = Faqat tashkilotlar uchun.
register-contact-hint = E-pochta yoki telefon raqamini (yoki ikkalasini) kiriting.
register-password-hint = Kamida 8 ta belgi.
register-have-account = Roʻyxatdan oʻtganmisiz?

field-name = Ism
field-email = E-pochta
field-phone = Telefon
field-password = Parol
field-org-kind = Tashkilot turi
org-kind-learning_centre = Oʻquv markazi
org-kind-school = Maktab

setup-title = Birinchi administratorni yaratish
setup-lead = Bu havola faqat bir marta ishlaydi. Bu yerda yaratilgan hisob butun platformani boshqaradi.
setup-submit = Administratorni yaratish

dashboard-hello = Salom, { $name }!
dashboard-your-id = { $viewer ->
    [child] Sening Alif24 ID raqaming:
   *[other] Sizning Alif24 ID raqamingiz:
}
dashboard-pending = Hisobingiz administrator tasdigʻini kutmoqda. Tasdiqlangach, sinflar yarata olasiz.
dashboard-rejected = Administrator hisobingizni tasdiqlamadi. Xato deb hisoblasangiz, platforma yordam xizmatiga murojaat qiling.

notice-welcome = Alif24 platformasiga xush kelibsiz!
notice-admin_created = Administrator hisobi tayyor. Uning e-pochtasi bilan kiring.

error-invalid_credentials = Login yoki parol notoʻgʻri.
error-account_blocked = Bu hisob bloklangan. Platforma administratorlariga murojaat qiling.
error-already_registered = Bunday maʼlumotlarga ega hisob allaqachon mavjud.
error-invalid_refresh_token = Seansingiz tugadi. Qaytadan kiring.
error-setup_link_invalid = Bu sozlash havolasi notoʻgʻri yoki allaqachon ishlatilgan.

field-email-invalid = E-pochtani name@example.com koʻrinishida kiriting.
field-phone-invalid = Telefon raqamini +998 90 123 45 67 koʻrinishida kiriting.
field-login-invalid = E-pochta, telefon raqami yoki 8 xonali Alif24 ID kiriting.
field-avatar-invalid = Taklif qilingan rasmlardan birini tanlang.
field-birth-year-invalid = { $from } dan { $to } gacha boʻlgan yilni kiriting.
field-role-not-allowed = Roʻyxatdan oʻtishda bu rolni tanlab boʻlmaydi.
field-email-or-phone = E-pochta yoki telefon raqamini kiriting.
field-email-taken = Bu e-pochta allaqachon roʻyxatdan oʻtgan.
field-phone-taken = Bu telefon raqami allaqachon roʻyxatdan oʻtgan.
nav-family = Farzandlarim
nav-classes = Sinflar
nav-org = Tashkilot
dashboard-child-tests = Testlar va natijalar
