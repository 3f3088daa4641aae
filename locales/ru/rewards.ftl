coins-heading = Мои монеты
coins-heading-child = Монеты: { $name }
coins-balance = { $count ->
    [one] монета
    [few] монеты
   *[many] монет
}
coins-level = Уровень { $level }
coins-xp = Опыт: { $xp }
coins-streak = { $days ->
    [one] { $days } день подряд
    [few] { $days } дня подряд
   *[many] { $days } дней подряд
}
coins-longest = Рекорд: { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
} подряд
coins-history = Последние монеты
coins-empty = { $viewer ->
    [child] Монет пока нет. Выучи букву — и получишь первые!
   *[other] Монет пока нет.
}
coins-source-harf-card_learned = Выучена буква
coins-source-harf-alphabet_done = Пройден алфавит
coins-source-other = Награда
error-not_enough_coins = Не хватает монет: у тебя { $balance }.
