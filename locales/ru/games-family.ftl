# Для родителей: игры ребёнка и настройка рейтингов (вы).
games-family-title = { $name }: игры
games-family-game = Игра
games-family-week = Эта неделя
games-family-total = Всего
games-family-progress = Успехи
games-family-rounds = { $count ->
    [one] { $count } раунд
    [few] { $count } раунда
   *[many] { $count } раундов
}
games-family-not-played = Не играл(а)
games-family-under-a-minute = меньше минуты
games-family-boards-heading = Видимость в рейтингах
games-family-boards-intro = В рейтингах дети видны только по имени, первой букве фамилии и аватару. Учитель видит свой класс полностью.
games-family-boards-hidden = Не показывать ни в одном рейтинге
games-family-boards-class = Только в рейтинге класса и школы (организации)
games-family-boards-public = Также в рейтинге области и всего Узбекистана
games-family-save = Сохранить
games-family-see-boards = Рейтинги, которые видит ребёнок
games-family-bad-visibility = Выберите один из вариантов.
games-family-progress-label = Игры
games-family-progress-none = На этой неделе не играл(а)
games-family-progress-week = На этой неделе: { $time }, { $rounds ->
    [one] { $rounds } раунд
    [few] { $rounds } раунда
   *[many] { $rounds } раундов
}
notice-games-family-saved = Настройка рейтингов сохранена.
