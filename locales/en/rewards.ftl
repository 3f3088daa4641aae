coins-heading = My coins
coins-heading-child = { $name }'s coins
coins-balance = { $count ->
    [one] coin
   *[other] coins
}
coins-level = Level { $level }
coins-xp = Experience: { $xp }
coins-streak = { $days ->
    [one] { $days } day in a row
   *[other] { $days } days in a row
}
coins-longest = Best: { $days ->
    [one] { $days } day
   *[other] { $days } days
} in a row
coins-history = Recent coins
coins-empty = { $viewer ->
    [child] No coins yet. Learn a letter to earn your first ones!
   *[other] No coins yet.
}
coins-source-harf-card_learned = Learned a letter
coins-source-harf-alphabet_done = Finished an alphabet
coins-source-other = Reward
error-not_enough_coins = Not enough coins: you have { $balance }.
