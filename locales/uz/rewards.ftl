coins-heading = Mening tangalarim
coins-heading-child = { $name }ning tangalari
coins-balance = tanga
coins-level = { $level }-daraja
coins-xp = Tajriba: { $xp }
coins-streak = Ketma-ket { $days } kun
coins-longest = Rekord: ketma-ket { $days } kun
coins-history = Soʻnggi tangalar
coins-empty = { $viewer ->
    [child] Hali tangalar yoʻq. Birinchi tangalarni olish uchun harf oʻrgan!
   *[other] Hali tangalar yoʻq.
}
coins-source-harf-card_learned = Harf oʻrganildi
coins-source-harf-alphabet_done = Alifbo tugatildi
coins-source-other = Mukofot
error-not_enough_coins = Tangalar yetarli emas: senda { $balance } ta tanga bor.
