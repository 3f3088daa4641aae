# Gugurt matematikasi: bola oʻqiydigan sahifa.
games-matchstick-title = Gugurt matematikasi
games-matchstick-listen = Tingla
games-matchstick-lead = Choʻplarni koʻchir va misolni toʻgʻri qil!
games-matchstick-tier-1 = Sonni tuzat
games-matchstick-tier-2 = Javobni tuzat
games-matchstick-tier-3 = Belgini tuzat
games-matchstick-tier-4 = Katta sonlar
games-matchstick-tier-5 = Uchta son
games-matchstick-level = { $n }-bosqich
games-matchstick-best-stars = Eng yaxshi natija: 3 tadan { $stars } yulduz
games-matchstick-goal = { $count ->
    [one] Bitta choʻpni koʻchir, = belgisining ikki tomoni teng boʻlsin!
   *[other] { $count } ta choʻpni koʻchir, = belgisining ikki tomoni teng boʻlsin!
}
games-matchstick-how = Choʻpni olish uchun unga bos, keyin boʻsh joyga bosib, uni qoʻy.
games-matchstick-moves-left = Yana nechta choʻp koʻchirish kerak
games-matchstick-too-many = { $count ->
    [one] Faqat bitta choʻpni koʻchirish mumkin. Uni qaytar va boshqasini sinab koʻr!
   *[other] Faqat { $count } ta choʻpni koʻchirish mumkin. Bittasini qaytar va boshqasini sinab koʻr!
}
games-matchstick-undo = Qaytarish
games-matchstick-reset = Boshidan
games-matchstick-quit = Bosqichlarga qaytish
games-matchstick-board = Misol
games-matchstick-stick = Gugurt choʻpi
games-matchstick-slot = Boʻsh joy
games-matchstick-well-done = Barakalla! Misol toʻgʻri!
games-matchstick-score = Ball
games-matchstick-moves = Yurishlar
games-matchstick-time = Vaqt
games-matchstick-coins = Tangalar
games-matchstick-again = Yana oʻyna
games-matchstick-next = Keyingi bosqich
games-matchstick-levels = Bosqichlar
games-matchstick-visitor = Tizimga kirmasdan oʻynashing mumkin, lekin natijang saqlanmaydi. Saqlash uchun tizimga kir.
games-matchstick-noscript = Bu oʻyin uchun JavaScript kerak.
games-matchstick-sending = Natijang yuborilmoqda…
games-matchstick-kept = Natijang saqlandi!
games-matchstick-offline = Internet yoʻq. Natijang saqlab qoʻyildi va internet qaytganda yuboriladi.
games-matchstick-failed = Natijangni yuborib boʻlmadi.
games-matchstick-mute = Ovozni oʻchir
games-matchstick-unmute = Ovozni yoq
