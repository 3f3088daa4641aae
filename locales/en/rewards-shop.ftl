# The coin shop and the coins tile on a child's home page.
shop-title = Coin shop
shop-heading = Shop
shop-listen = Listen
shop-coins = { $coins ->
    [one] { $coins } coin
   *[other] { $coins } coins
}
shop-say-intro = { $coins ->
    [one] You have { $coins } coin. Choose what you like!
   *[other] You have { $coins } coins. Choose what you like!
}
shop-avatars = New friends
shop-themes = Colours
shop-use = Use
shop-in-use = In use
shop-owned = Yours
shop-buy-for = { $coins ->
    [one] Buy for { $coins } coin
   *[other] Buy for { $coins } coins
}
shop-need-more = { $coins ->
    [one] { $coins } more coin needed
   *[other] { $coins } more coins needed
}
shop-earn-hint = You get coins for every letter you learn.
shop-my-coins = My coins
coins-shop-link = Go to the shop
coins-source-shop-buy = Bought in the shop: { $item }
notice-shop-bought = It's yours now!
notice-shop-used = Done!
error-shop_item_owned = You already have this.
error-shop_item_not_owned = Buy this first.
error-shop_not_enough_coins = { $missing ->
    [one] Not enough coins: you need { $missing } more coin.
   *[other] Not enough coins: you need { $missing } more coins.
}

shop-tile-label = Coins
shop-tile-coins = { $coins ->
    [one] { $coins } coin
   *[other] { $coins } coins
}
shop-tile-streak = { $days ->
    [one] { $days } day in a row
   *[other] { $days } days in a row
}
shop-tile-say-buy = { $coins ->
    [one] You have { $coins } coin. Buy a new friend in the shop.
   *[other] You have { $coins } coins. Buy a new friend in the shop.
}
shop-tile-say-earn = { $coins ->
    [0] You have no coins yet. Learn letters to collect coins.
    [one] You have { $coins } coin. Learn letters to collect more.
   *[other] You have { $coins } coins. Learn letters to collect more.
}
shop-tile-say-streak = { $days ->
    [one] You practised today. Well done!
   *[other] You have practised { $days } days in a row. Well done!
}

shop-item-avatar-cat = Kitten
shop-item-avatar-dog = Puppy
shop-item-avatar-chick = Chick
shop-item-avatar-mouse = Mouse
shop-item-avatar-horse = Horse
shop-item-avatar-cow = Cow
shop-item-avatar-camel = Camel
shop-item-avatar-elephant = Elephant
shop-item-avatar-wolf = Wolf
shop-item-avatar-eagle = Eagle
shop-item-avatar-shark = Shark
shop-item-avatar-dragon = Dragon
shop-item-theme-classic = Classic
shop-item-theme-sea = Sea
shop-item-theme-meadow = Meadow
shop-item-theme-sunset = Sunset
shop-item-theme-pomegranate = Pomegranate
shop-item-theme-violet = Violet
