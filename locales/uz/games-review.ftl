# Moderatorlar uchun: sahifa daʼvo qilgan ball server hisoblaganidan farq qilgan raundlar (siz).
games-review-nav = Oʻyin natijalari
games-review-title = Farq qilgan oʻyin natijalari
games-review-intro = Bu raundlarda sahifa yuborgan ball serverning oʻzi qayta hisoblagan balldan farq qilgan. Saqlangan ball har doim serverniki. Bir bola tez-tez shu roʻyxatda boʻlsa, yurishlar qoʻlda yasalgan boʻlishi mumkin; bir oʻyin koʻp uchrasa, sahifada xato bor.
games-review-week = Oxirgi 7 kun
games-review-list = Raundlar
games-review-none = Hozircha yoʻq.
games-review-game = Oʻyin
games-review-rounds = Raundlar
games-review-mismatches = Farqlilar
games-review-when = Qachon
games-review-player = Oʻyinchi
games-review-claimed = Sahifa aytgan
games-review-kept = Saqlangan
games-review-older = Oldingilari
