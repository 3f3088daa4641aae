# Oʻquv oʻyinlari: raundlar API xatolari.
error-games_not_found = Bunday oʻyin yoʻq.
error-games_level_locked = Bu daraja oldingisini tugatganingdan keyin ochiladi.
error-games_round_not_found = Bunday raund yoʻq.
error-games_round_finished = Bu raund allaqachon tugagan.
error-games_round_expired = Raund juda uzoq davom etdi va tugadi. Yangisini boshla.
games-level-invalid = Bu oʻyinda darajalar 1 dan { $max } gacha.
games-log-invalid = Bu raunddagi yurishlar oʻyin qoidalariga mos kelmaydi.
