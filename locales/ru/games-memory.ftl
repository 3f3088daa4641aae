# Буквы-пары: страница, которую читает ребёнок.
games-memory-title = Найди пару для буквы
games-memory-listen = Послушай
games-memory-lead = Открывай карточки и найди для каждой буквы её картинку!
games-memory-level-1 = Легко
games-memory-level-2 = Средне
games-memory-level-3 = Сложно
games-memory-pairs = { $count ->
    [one] { $count } пара
    [few] { $count } пары
   *[many] { $count } пар
}
games-memory-best-stars = Твой лучший результат: { $stars } из 3 звёзд
games-memory-moves = Ходы
games-memory-time = Время
games-memory-found = Найдено пар
games-memory-quit = Назад к уровням
games-memory-board = Карточки
games-memory-card = Закрытая карточка
games-memory-well-done = Молодец! Все пары найдены!
games-memory-score = Очки
games-memory-coins = Монеты
games-memory-again = Играть ещё
games-memory-next = Следующий уровень
games-memory-levels = Уровни
games-memory-visitor = Играть можно и без входа, но результат не сохранится. Войди, чтобы его сохранить.
games-memory-noscript = Для этой игры нужен JavaScript.
games-memory-sending = Отправляем результат…
games-memory-kept = Результат сохранён!
games-memory-offline = Нет интернета. Результат ждёт здесь и отправится, когда связь вернётся.
games-memory-failed = Не получилось отправить результат.
games-memory-mute = Выключить звук
games-memory-unmute = Включить звук
