# The coin shop and the coins tile on a child's home page. Children are addressed as "ты".
shop-title = Магазин монет
shop-heading = Магазин
shop-listen = Послушать
shop-coins = { $coins ->
    [one] { $coins } монета
    [few] { $coins } монеты
    [many] { $coins } монет
   *[other] { $coins } монеты
}
shop-say-intro = { $coins ->
    [one] У тебя { $coins } монета. Выбирай, что нравится!
    [few] У тебя { $coins } монеты. Выбирай, что нравится!
    [many] У тебя { $coins } монет. Выбирай, что нравится!
   *[other] У тебя { $coins } монеты. Выбирай, что нравится!
}
shop-avatars = Новые друзья
shop-themes = Цвета
shop-use = Выбрать
shop-in-use = Выбрано
shop-owned = Уже твоё
shop-buy-for = { $coins ->
    [one] Купить за { $coins } монету
    [few] Купить за { $coins } монеты
    [many] Купить за { $coins } монет
   *[other] Купить за { $coins } монеты
}
shop-need-more = { $coins ->
    [one] Нужна ещё { $coins } монета
    [few] Нужно ещё { $coins } монеты
    [many] Нужно ещё { $coins } монет
   *[other] Нужно ещё { $coins } монеты
}
shop-earn-hint = За каждую выученную букву ты получаешь монеты.
shop-my-coins = Мои монеты
coins-shop-link = В магазин
coins-source-shop-buy = Покупка в магазине: { $item }
notice-shop-bought = Теперь это твоё!
notice-shop-used = Готово!
error-shop_item_owned = Это у тебя уже есть.
error-shop_item_not_owned = Сначала купи это.
error-shop_not_enough_coins = { $missing ->
    [one] Не хватает монет: нужна ещё { $missing } монета.
    [few] Не хватает монет: нужно ещё { $missing } монеты.
    [many] Не хватает монет: нужно ещё { $missing } монет.
   *[other] Не хватает монет: нужно ещё { $missing } монеты.
}

shop-tile-label = Монеты
shop-tile-coins = { $coins ->
    [one] { $coins } монета
    [few] { $coins } монеты
    [many] { $coins } монет
   *[other] { $coins } монеты
}
shop-tile-streak = { $days ->
    [one] { $days } день подряд
    [few] { $days } дня подряд
    [many] { $days } дней подряд
   *[other] { $days } дня подряд
}
shop-tile-say-buy = { $coins ->
    [one] У тебя { $coins } монета. Купи нового друга в магазине.
    [few] У тебя { $coins } монеты. Купи нового друга в магазине.
    [many] У тебя { $coins } монет. Купи нового друга в магазине.
   *[other] У тебя { $coins } монеты. Купи нового друга в магазине.
}
shop-tile-say-earn = { $coins ->
    [0] У тебя пока нет монет. Учи буквы и собирай монеты.
    [one] У тебя { $coins } монета. Учи буквы и собирай монеты.
    [few] У тебя { $coins } монеты. Учи буквы и собирай монеты.
    [many] У тебя { $coins } монет. Учи буквы и собирай монеты.
   *[other] У тебя { $coins } монеты. Учи буквы и собирай монеты.
}
shop-tile-say-streak = { $days ->
    [one] Ты занимаешься { $days } день подряд, молодец!
    [few] Ты занимаешься { $days } дня подряд, молодец!
    [many] Ты занимаешься { $days } дней подряд, молодец!
   *[other] Ты занимаешься { $days } дня подряд, молодец!
}

shop-item-avatar-cat = Котёнок
shop-item-avatar-dog = Щенок
shop-item-avatar-chick = Цыплёнок
shop-item-avatar-mouse = Мышонок
shop-item-avatar-horse = Лошадка
shop-item-avatar-cow = Коровка
shop-item-avatar-camel = Верблюд
shop-item-avatar-elephant = Слонёнок
shop-item-avatar-wolf = Волк
shop-item-avatar-eagle = Орёл
shop-item-avatar-shark = Акула
shop-item-avatar-dragon = Дракон
shop-item-theme-classic = Обычные цвета
shop-item-theme-sea = Море
shop-item-theme-meadow = Луг
shop-item-theme-sunset = Закат
shop-item-theme-pomegranate = Гранат
shop-item-theme-violet = Фиалка
