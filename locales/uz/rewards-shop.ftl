# The coin shop and the coins tile on a child's home page. Children are addressed as "sen".
shop-title = Tangalar doʻkoni
shop-heading = Doʻkon
shop-listen = Tinglash
shop-coins = { $coins ->
    [one] { $coins } ta tanga
   *[other] { $coins } ta tanga
}
shop-say-intro = { $coins ->
    [one] Senda { $coins } ta tanga bor. Yoqqanini tanla!
   *[other] Senda { $coins } ta tanga bor. Yoqqanini tanla!
}
shop-avatars = Yangi doʻstlar
shop-themes = Ranglar
shop-use = Tanlash
shop-in-use = Tanlangan
shop-owned = Seniki
shop-buy-for = { $coins ->
    [one] { $coins } ta tangaga sotib olish
   *[other] { $coins } ta tangaga sotib olish
}
shop-need-more = { $coins ->
    [one] Yana { $coins } ta tanga kerak
   *[other] Yana { $coins } ta tanga kerak
}
shop-earn-hint = Har bir oʻrganilgan harf uchun tanga olasan.
shop-my-coins = Mening tangalarim
coins-shop-link = Doʻkonga kirish
coins-source-shop-buy = Doʻkondan xarid: { $item }
notice-shop-bought = Endi bu seniki!
notice-shop-used = Tanlandi!
error-shop_item_owned = Bu narsa allaqachon seniki.
error-shop_item_not_owned = Avval buni sotib ol.
error-shop_not_enough_coins = { $missing ->
    [one] Tangalar yetmaydi: yana { $missing } ta tanga kerak.
   *[other] Tangalar yetmaydi: yana { $missing } ta tanga kerak.
}

shop-tile-label = Tangalar
shop-tile-coins = { $coins ->
    [one] { $coins } ta tanga
   *[other] { $coins } ta tanga
}
shop-tile-streak = { $days ->
    [one] { $days } kun ketma-ket
   *[other] { $days } kun ketma-ket
}
shop-tile-say-buy = { $coins ->
    [one] Senda { $coins } ta tanga bor. Doʻkondan yangi doʻst sotib ol.
   *[other] Senda { $coins } ta tanga bor. Doʻkondan yangi doʻst sotib ol.
}
shop-tile-say-earn = { $coins ->
    [0] Senda hali tanga yoʻq. Harflarni oʻrgan va tanga yigʻ.
    [one] Senda { $coins } ta tanga bor. Harflarni oʻrgan va tanga yigʻ.
   *[other] Senda { $coins } ta tanga bor. Harflarni oʻrgan va tanga yigʻ.
}
shop-tile-say-streak = { $days ->
    [one] Bugun ham oʻqiding, barakalla!
   *[other] { $days } kundan beri har kuni oʻqiyapsan, barakalla!
}

shop-item-avatar-cat = Mushukcha
shop-item-avatar-dog = Kuchukcha
shop-item-avatar-chick = Joʻja
shop-item-avatar-mouse = Sichqoncha
shop-item-avatar-horse = Toychoq
shop-item-avatar-cow = Sigir
shop-item-avatar-camel = Tuya
shop-item-avatar-elephant = Fil
shop-item-avatar-wolf = Boʻri
shop-item-avatar-eagle = Burgut
shop-item-avatar-shark = Akula
shop-item-avatar-dragon = Ajdaho
shop-item-theme-classic = Odatiy
shop-item-theme-sea = Dengiz
shop-item-theme-meadow = Oʻtloq
shop-item-theme-sunset = Shafaq
shop-item-theme-pomegranate = Anor
shop-item-theme-violet = Binafsha
