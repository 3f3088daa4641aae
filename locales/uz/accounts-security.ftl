field-password-too-common = Bu eng koʻp ishlatiladigan parollardan biri. Topish qiyinroq boʻlgan parol tanlang.
field-password-too-simple = Bu parol juda oddiy (bitta belgi takrori, ketma-ketlik yoki klaviatura qatori). Murakkabroq parol tanlang.
field-password-like-account = Parol elektron pochtangiz, telefoningiz yoki ismingiz bilan bir xil boʻlmasligi kerak.
error-busy = Server hozir band. Bir necha soniyadan keyin qayta urinib koʻring.
error-children_per_day = Bir kunda koʻpi bilan { $max } ta farzand hisobini yaratish mumkin. Ertaga qayta urinib koʻring.
error-login_delayed = Bu hisob uchun notoʻgʻri parol juda koʻp kiritildi. { $wait } qayta urinib koʻring.

family-child-password = Yangi parol qoʻyish
family-child-password-new = { $name } uchun yangi parol
family-child-password-hint = Kamida 6 ta belgi. Bola boshqa qurilmalardagi hisobidan chiqariladi.
family-child-password-save = Parolni saqlash
notice-family_child_password_set = Yangi parol saqlandi. Bola endi u bilan kiradi.
profile-password-by-parent = Parolingni ota-onang oʻzgartiradi: ulardan soʻra.
error-child_password_by_parent = Bolaning parolini uning ota-onasi oʻzgartiradi.
