# Живые игры ребёнка (/live/mine), плитка на главной и строка для родителя.
live-history-title = Мои живые игры
live-history-title-of = Живые игры: { $name }
live-history-empty = { $viewer ->
    [child] Живых игр пока нет. Учитель покажет PIN-код на большом экране: введи его и играй!
   *[other] Живых игр пока нет. Учитель покажет PIN-код на большом экране: введите его и играйте!
}
live-history-empty-say = { $viewer ->
    [child] Учитель покажет на большом экране PIN-код из шести цифр. Нажми большую кнопку, введи PIN-код и играй!
   *[other] Учитель покажет на большом экране PIN-код из шести цифр. Нажмите большую кнопку, введите PIN-код и играйте!
}
live-history-empty-parent = { $name }: живых игр пока нет. Когда учитель начнёт игру, ребёнок войдёт по PIN-коду.
live-history-join = Войти в игру
live-history-listen = Послушать
live-history-place = { $place }-е место из { $of }
live-history-removed = Удалён из игры
live-history-correct = Верно: { $correct } из { $total }
live-history-points = { $points ->
    [one] { $points } очко
    [few] { $points } очка
   *[many] { $points } очков
}
live-history-older = Более ранние игры
live-history-answers = Ответы
live-history-question-n = Вопрос { $n }
live-history-right = Верно
live-history-partly = Частично верно
live-history-wrong = Неверно
live-history-none = Нет ответа
live-history-your-answer = Ответ: { $answer }
live-history-right-answer = Правильный ответ: { $answer }
live-history-seconds = { $seconds } с
live-history-limit-invalid = На странице может быть от 1 до 50 игр.

live-home-tile = Живая викторина
live-home-tile-detail = Войти по PIN-коду
live-home-tile-say = Живая викторина. Введи PIN-код с большого экрана и играй вместе с классом!
live-home-mine = Мои живые игры
live-home-mine-detail = { $count ->
    [one] { $count } живая игра
    [few] { $count } живые игры
   *[many] { $count } живых игр
}
live-home-mine-say = Твои игры в живой викторине: место и верные ответы.

live-progress-label = Живая викторина
live-progress-month = { $count ->
    [one] В этом месяце { $count } игра
    [few] В этом месяце { $count } игры
   *[many] В этом месяце { $count } игр
}
live-progress-month-best = { $count ->
    [one] В этом месяце { $count } игра
    [few] В этом месяце { $count } игры
   *[many] В этом месяце { $count } игр
}, лучшее место: { $best }
live-progress-none = В этом месяце игр не было
