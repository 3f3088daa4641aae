live-host-nav = Живая викторина
live-host-play-live = Играть вживую
live-host-games-title = Живые игры
live-host-games-intro = Выберите один из своих тестов и начните живую игру на большом экране.
live-host-games-to-tests = К тестам
live-host-games-none = Вы ещё не проводили живых игр. Нажмите «Играть вживую» на странице теста.
live-host-players-n = { $count ->
    [one] { $count } игрок
    [few] { $count } игрока
   *[other] { $count } игроков
}
live-host-state-lobby = Ждём игроков
live-host-state-running = Идёт
live-host-state-over = Завершена
live-host-mode = Режим
live-host-mode-classic = Классический
live-host-mode-classic-hint = Быстрый и верный ответ приносит больше очков, серия верных ответов даёт бонус.
live-host-mode-kids = Детский
live-host-mode-kids-hint = Важна только точность: 100 очков за верный ответ, без гонки на скорость.
live-host-open-screen = Открыть экран
live-host-results = Результаты
live-host-new-title = Живая игра
live-host-questions-n = { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[other] { $count } вопросов
}
live-host-show-on-phone = Показывать вопросы и на телефонах
live-host-show-on-phone-hint = Без галочки на телефонах только цветные фигуры, а вопрос — на большом экране.
live-host-seconds = Время на вопрос
live-host-seconds-n = { $count ->
    [one] { $count } секунда
    [few] { $count } секунды
   *[other] { $count } секунд
}
live-host-create = Создать игру
live-host-download-csv = Скачать CSV
live-host-download-xlsx = Скачать Excel
live-host-players = Игроки
live-host-no-players = В эту игру никто не вошёл.
live-host-col-rank = Место
live-host-col-name = Имя
live-host-col-score = Очки
live-host-col-correct = Верных ответов
live-host-col-time-s = Время (с)
live-host-col-question = Вопрос
live-host-col-text = Текст вопроса
live-host-col-answered = Ответили
live-host-col-right = Ответили верно
live-host-col-average-s = Среднее время (с)
live-host-kicked = Удалён
live-host-questions = Вопросы
live-host-end = Завершить
live-host-end-confirm = Завершить игру сейчас?
live-host-needs-js = Для экрана ведущего в браузере должен быть включён JavaScript.
live-host-join-at = Войти:
live-host-pin = PIN игры
live-host-qr-alt = QR-код для входа в игру
live-host-waiting = Ждём игроков… Введите PIN на телефоне или отсканируйте QR-код.
live-host-start = Начать
live-host-question = Вопрос
live-host-answers = ответов
live-host-read-aloud = Прочитать вопрос вслух
live-host-typed-answer = Введите ответ числом на телефоне.
live-host-skip = Пропустить
live-host-close-question = Показать результаты
live-host-right = Верно
live-host-wrong = Неверно
live-host-top = Лучшая пятёрка
live-host-next = Следующий вопрос
live-host-podium = Победители
live-host-true = Верно
live-host-false = Неверно
live-host-kick = Удалить из игры
live-host-points = очков
live-host-connection-lost = Связь потеряна. Подключаемся снова…
live-host-pause = Пауза
live-host-resume = Продолжить
live-host-paused = Пауза: ответы ждут, пока вы не продолжите.
