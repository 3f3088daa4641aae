# Xavfsizlik filtri bola yozganini yoki ertakni oʻtkazmaganda chiqadigan mehribon xabarlar (bolalar uchun: sen).
kids-refused-empty = Avval biror narsa yoz.
kids-refused-too-long = Bu biroz uzun boʻlib ketdi. Qisqaroq yozib koʻr!
kids-refused-characters = Faqat harflar va raqamlardan foydalan.
kids-refused-personal = Bu yerga telefon raqami yoki manzil yozma — ular sir boʻlib qolsin!
kids-refused-rude = Kel, yaxshi soʻzlar bilan gaplashaylik. Mana senga bitta ertak!
kids-refused-unsafe = Kel, quvnoqroq mavzu tanlaylik. Hozircha senga bitta ertak!
