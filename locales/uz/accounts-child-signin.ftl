# Easy sign-in for children: the login page, picture sign-in, login cards, "open my child's
# account", signing out, and the notice of repeated guessing.

login-modes = Kim kiryapti?
login-mode-child = Bola (Alif24 ID)
login-mode-grown-up = Kattalar (e-pochta yoki telefon)
login-child-id = Alif24 ID raqaming
login-child-id-hint = 8 ta raqam. Uni ota-onang yoki oʻqituvchingdan soʻra.
login-show-password = Parolni koʻrsatish
login-with-pictures = Rasmlar bilan kirish

pictures-title = Rasmlar bilan kirish
pictures-who = Sen kimsan?
pictures-next = Davom etish
pictures-lead = { $count } ta rasmingni tartib bilan bos.
pictures-progress = { $count } ta rasm bosildi
pictures-again = Qaytadan boshlash
pictures-someone-else = Boshqa bola
pictures-use-password = Parol bilan kirish

picture-apple = Olma
picture-cat = Mushuk
picture-dog = Kuchuk
picture-fish = Baliq
picture-flower = Gul
picture-balloon = Shar
picture-house = Uy
picture-car = Mashina
picture-star = Yulduz
picture-banana = Banan
picture-elephant = Fil
picture-moon = Oy

picture-password-set = Rasmli parol qoʻyish
picture-password-change = Rasmli parolni oʻzgartirish
picture-password-lead = { $name } hali oʻqiy olmasa, parol oʻrniga 4 ta rasmni tartib bilan bosib kiradi. Rasmlarni tanlang va bolaga koʻrsating.
picture-password-position = { $n }-rasm
picture-password-save = Rasmli parolni saqlash
picture-password-remove = Rasmli parolni oʻchirish
notice-picture_password_set = Rasmli parol saqlandi.
notice-picture_password_removed = Rasmli parol oʻchirildi.
field-pictures-invalid = Roʻyxatdagi rasmlardan { $count } tasini tanlang.
field-pictures-all-same = Kamida ikki xil rasm tanlang.

login-card-make = Kirish kartasini chop etish
login-card-title = { $name }: kirish kartasi
login-card-back = Orqaga
login-card-once = Bu karta faqat hozir koʻrsatiladi: uni chop eting yoki bolaning qurilmasida oching. Yoʻqolsa, oila sahifasida bekor qiling.
login-card-id = Alif24 ID:
login-card-qr-label = { $name } uchun kirish QR kodi
login-card-how = Telefon kamerasini QR kodga tut: Alif24 oʻzi ochiladi.
login-card-expires = { $date } gacha amal qiladi
login-card-link-lead = Yoki shu havolani bolaning qurilmasida oching:
login-card-secret-hint = Havola parol kabi: uni faqat bolaning qurilmasida oching va boshqalarga yubormang.
login-card-print = Chop etish
login-card-preview-title = Alif24 kirish kartasi
login-card-preview-lead = Bu havola bolani Alif24 ga kiritadi. Uni bolaning telefoni yoki planshetida oching.
login-card-preview-open = Bu qurilmada kirish
login-cards-summary = { $count ->
    [0] Kirish kartalari yoʻq
   *[other] Kirish kartalari: { $count } ta
}
login-cards-empty = Hali kirish kartasi yoʻq.
login-cards-created = Yaratilgan: { $date }
login-cards-last-used = Oxirgi kirish: { $date }
login-cards-never-used = Hali ishlatilmagan
login-cards-revoke = Bekor qilish
login-cards-revoke-confirm = Kartani bekor qilasizmi? U bilan ochilgan kirishlar ham tugaydi.
notice-login_card_revoked = Karta bekor qilindi, u bilan ochilgan kirishlar tugadi.
error-login_card_invalid = Bu kirish kartasi endi ishlamaydi. Ota-onangdan yoki oʻqituvchingdan yangisini soʻra.
error-login_cards_too_many = Bitta bola uchun koʻpi bilan { $max } ta karta. Avval eskisini bekor qiling.

switch-open-child = { $name } hisobini ochish
logout-confirm-title = Chiqmoqchimisan?
logout-confirm-stay = Yoʻq, qolaman
logout-confirm-yes = Ha, chiqish
back-to-parent-title = { $name } hisobiga qaytish
back-to-parent-lead = Bu telefonda hisobni { $name } ochgan. Qaytish uchun { $name } oʻz parolini kiritadi.
back-to-parent-password = { $name } paroli
back-to-parent-submit = Qaytish

signin-alert-today = Bugun kimdir { $name } hisobiga { $count } marta notoʻgʻri parol bilan kirishga urindi.
signin-alert-day = { $date } kuni kimdir { $name } hisobiga { $count } marta notoʻgʻri parol bilan kirishga urindi.
signin-alert-advice = Bu bola oʻzi yoki sinfdoshi boʻlishi mumkin. Xavotir boʻlsa, yangi parol qoʻying.
signin-alert-dismiss = Tushunarli
notice-signin_alert_dismissed = Xabar yopildi.

class-student-password = Yangi parol
class-student-password-hint = Kamida 6 ta belgi. Oʻquvchi boshqa qurilmalardagi hisobidan chiqariladi.
notice-class_student_password_set = Yangi parol saqlandi. Oʻquvchi endi u bilan kiradi.
