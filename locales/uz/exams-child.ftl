# Testlar bolalar uchun: bosh sahifadagi plitka, vaqt, urinishlar, vaqt tugagani va tangalar
exams-child-tile-assigned = Ustozingdan test: { $title }
exams-child-tile-assigned-say = Ustozing senga test berdi: { $title }. Bosib, boshla.
exams-child-tile-start = Boshlash
exams-child-tile-continue = Davom ettirish
exams-child-tile-tests = Testlar
exams-child-tile-tests-say = Testlar. Bu yerda ustozing bergan testlarni yechasan.
exams-child-no-time-limit = Vaqt cheklanmagan
exams-child-time-limit = { $minutes } daqiqa
exams-child-due = { $date } gacha topshir
exams-child-opens = { $date } da ochiladi
exams-child-no-attempts-left = Urinish qolmadi
exams-child-time-ran-out = Vaqt tugadi. Saqlangan javoblaring topshirildi.
exams-child-coins-earned = Bu test uchun { $count } ta tanga olding.
exams-child-coins-none = Bu safar tanga yoʻq: tanga olish uchun kamida yarmini toʻgʻri yech.
exams-child-coins-later = Tangalar natija koʻrsatilganda beriladi.
