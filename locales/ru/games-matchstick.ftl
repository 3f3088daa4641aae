# Математика со спичками: страница, которую читает ребёнок.
games-matchstick-title = Спички-примеры
games-matchstick-listen = Послушать
games-matchstick-lead = Переложи спички, чтобы пример стал верным!
games-matchstick-tier-1 = Исправь число
games-matchstick-tier-2 = Исправь ответ
games-matchstick-tier-3 = Исправь знак
games-matchstick-tier-4 = Большие числа
games-matchstick-tier-5 = Три числа
games-matchstick-level = Уровень { $n }
games-matchstick-best-stars = Твой лучший результат: { $stars } из 3 звёзд
games-matchstick-goal = { $count ->
    [one] Переложи одну спичку, чтобы слева и справа от = было поровну!
    [few] Переложи { $count } спички, чтобы слева и справа от = было поровну!
   *[other] Переложи { $count } спичек, чтобы слева и справа от = было поровну!
}
games-matchstick-how = Нажми на спичку, чтобы взять её, а потом на пустое место, чтобы положить.
games-matchstick-moves-left = Сколько спичек осталось переложить
games-matchstick-too-many = { $count ->
    [one] Можно переложить только одну спичку. Верни её и попробуй по-другому!
    [few] Можно переложить только { $count } спички. Верни одну и попробуй по-другому!
   *[other] Можно переложить только { $count } спичек. Верни одну и попробуй по-другому!
}
games-matchstick-undo = Вернуть
games-matchstick-reset = Начать сначала
games-matchstick-quit = К уровням
games-matchstick-board = Пример
games-matchstick-stick = Спичка
games-matchstick-slot = Пустое место
games-matchstick-well-done = Молодец! Пример верный!
games-matchstick-score = Очки
games-matchstick-moves = Ходы
games-matchstick-time = Время
games-matchstick-coins = Монеты
games-matchstick-again = Ещё раз
games-matchstick-next = Следующий уровень
games-matchstick-levels = Уровни
games-matchstick-visitor = Ты можешь играть без входа, но результат не сохранится. Войди, чтобы его сохранить.
games-matchstick-noscript = Для этой игры нужен JavaScript.
games-matchstick-sending = Отправляем твой результат…
games-matchstick-kept = Твой результат сохранён!
games-matchstick-offline = Нет интернета. Результат подождёт здесь и отправится, когда интернет появится.
games-matchstick-failed = Не удалось отправить результат.
games-matchstick-mute = Выключить звук
games-matchstick-unmute = Включить звук
