# Тесты для детей: плитка на главной, время, попытки, «время вышло» и монеты
exams-child-tile-assigned = Тест от учителя: { $title }
exams-child-tile-assigned-say = Учитель дал тебе тест: { $title }. Нажми, чтобы начать.
exams-child-tile-start = Начать
exams-child-tile-continue = Продолжить
exams-child-tile-tests = Тесты
exams-child-tile-tests-say = Тесты. Здесь ты решаешь тесты от учителя.
exams-child-no-time-limit = Без ограничения времени
exams-child-time-limit = { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
   *[many] { $minutes } минут
}
exams-child-due = Сдать до { $date }
exams-child-opens = Откроется { $date }
exams-child-no-attempts-left = Попыток больше нет
exams-child-time-ran-out = Время вышло. Твои сохранённые ответы сданы.
exams-child-coins-earned = Монеты за этот тест: { $count }.
exams-child-coins-none = В этот раз без монет: чтобы их получить, реши правильно хотя бы половину.
exams-child-coins-later = Монеты придут, когда покажут результат.
