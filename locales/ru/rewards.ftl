coins-heading = Мои монеты
coins-heading-child = Монеты: { $name }
coins-balance = монет
coins-level = Уровень { $level }
coins-xp = { $xp } XP
coins-streak = { $days ->
    [one] { $days } день подряд
    [few] { $days } дня подряд
   *[many] { $days } дней подряд
}
coins-longest = Рекорд: { $days }
coins-history = Последние монеты
coins-empty = Монет пока нет. Выучи букву — и получишь первые!
coins-source-harf-card_learned = Выучена буква
coins-source-harf-alphabet_done = Пройден алфавит
coins-source-other = Награда
error-not_enough_coins = Недостаточно монет: у вас { $balance }.
