# Exams pages: teachers' tests, importing and generating, moderation, students' attempts and
# results, a parent's view of a child.

exams-ui-nav-tests = Тесты
exams-ui-nav-moderation = Проверка тестов
exams-ui-tests = Тесты
exams-ui-back-to-tests = Тесты

## Teacher approval
exams-ui-teacher-pending = Ваш аккаунт учителя ожидает подтверждения. Вы сможете создавать и назначать тесты, как только администратор его подтвердит.
exams-ui-teacher-pending-more = Обычно это занимает один рабочий день. Пока можно заполнить профиль.
exams-ui-teacher-rejected = Ваш аккаунт учителя не подтверждён, поэтому тесты недоступны. Если это ошибка, свяжитесь с администрацией.

## Teacher's list
exams-ui-new-test = Новый тест
exams-ui-generate = Сгенерировать
exams-ui-import = Импорт
exams-ui-my-tests = Мои тесты
exams-ui-no-tests = У вас пока нет тестов. Создайте тест, импортируйте файл или сгенерируйте вопросы.
exams-ui-shared-tests = Доступные мне
exams-ui-copy = Скопировать себе
exams-ui-copy-to-edit = Сделать копию для правки
exams-ui-my-assignments = Назначенные тесты
exams-ui-no-assignments-teacher = Пока ничего не назначено. Откройте тест и назначьте его классу.
exams-ui-open-test = Открыть
exams-ui-assigned = Назначен
exams-ui-questions-n = { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[other] { $count } вопросов
}
exams-ui-grade-n = { $grade } класс
exams-ui-due = Срок: { $time }
exams-ui-opens = Откроется: { $time }

## Codes
exams-ui-subject-math = Математика
exams-ui-subject-uzbek = Узбекский язык
exams-ui-subject-russian = Русский язык
exams-ui-subject-english = Английский язык
exams-ui-subject-reading = Чтение
exams-ui-subject-science = Естествознание
exams-ui-subject-logic = Логика
exams-ui-subject-other = Другое
exams-ui-visibility-private = Только я
exams-ui-visibility-org = Моя организация
exams-ui-visibility-public = Все
exams-ui-visibility-public-pending = Ждёт проверки
exams-ui-kind-single = Один ответ
exams-ui-kind-multiple = Несколько ответов
exams-ui-kind-true-false = Верно или неверно
exams-ui-kind-short = Короткий ответ
exams-ui-kind-numeric = Число
exams-ui-kind-ordering = Упорядочить
exams-ui-kind-matching = Сопоставление
exams-ui-kind-fill-blanks = Заполнить пропуски
exams-ui-status-upcoming = Ещё не открыт
exams-ui-status-open = Открыт
exams-ui-status-closed = Закрыт
exams-ui-reveal-after_submit = Сразу после сдачи
exams-ui-reveal-after_due = После срока сдачи
exams-ui-reveal-never = Никогда
exams-ui-true = Верно
exams-ui-false = Неверно

## Test page
exams-ui-new-test-hint = После сохранения можно добавить вопросы, поделиться тестом и назначить его.
exams-ui-settings = Настройки
exams-ui-title = Название
exams-ui-subject = Предмет
exams-ui-grade = Класс
exams-ui-language = Язык теста
exams-ui-time-limit = Ограничение времени, мин
exams-ui-no-limit = без ограничения
exams-ui-attempts = Число попыток
exams-ui-pass-percent = Проходной балл, %
exams-ui-shuffle-questions = Перемешать вопросы
exams-ui-shuffle-options = Перемешать варианты
exams-ui-show-score = Ученики видят балл
exams-ui-show-answers = Ученики видят правильные ответы
exams-ui-save = Сохранить
exams-ui-create-test = Создать тест
exams-ui-not-mine = Этот тест принадлежит другому учителю. Скопируйте его себе, чтобы изменить или назначить.
exams-ui-frozen = Тест уже назначен, поэтому его вопросы больше нельзя менять (результаты учеников должны оставаться сопоставимыми). Чтобы изменить их, сделайте копию.
exams-ui-questions = Вопросы
exams-ui-no-questions = Вопросов пока нет. Напишите вопрос ниже или добавьте из своего банка.
exams-ui-max-score = Максимальный балл: { $points }
exams-ui-points = Баллы
exams-ui-points-n = { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
}
exams-ui-remove = Убрать
exams-ui-remove-confirm = Убрать этот вопрос из теста? В банке он останется.
exams-ui-add-question = Добавить вопрос
exams-ui-q-type = Тип вопроса
exams-ui-q-type-show = Показать поля
exams-ui-q-prompt = Вопрос
exams-ui-q-options = Варианты
exams-ui-q-single-hint = Отметьте правильный.
exams-ui-q-multiple-hint = Отметьте все правильные.
exams-ui-q-option-n = Вариант { $n }
exams-ui-q-right = правильный ответ
exams-ui-q-tf-legend = Утверждение
exams-ui-q-accepted = Принимаемые ответы
exams-ui-q-accepted-hint = По одному в строке. Заглавные буквы, лишние пробелы и вид апострофа не важны.
exams-ui-q-number = Правильный ответ
exams-ui-q-tolerance = Допустимая разница
exams-ui-q-number-hint = Пишите 3,5 или 3.5. Разница 0 — принимается только точное число.
exams-ui-q-items = Элементы в правильном порядке
exams-ui-q-items-hint = По одному в строке, от первого к последнему. Ученики увидят их перемешанными.
exams-ui-q-pairs = Пары
exams-ui-q-pairs-hint = Каждый элемент и его пара. Правый столбец ученики увидят перемешанным.
exams-ui-q-left-n = Элемент { $n }
exams-ui-q-right-n = Пара к элементу { $n }
exams-ui-q-text = Текст с пропусками
exams-ui-q-text-hint = На месте пропуска напишите ___ (три подчёркивания).
exams-ui-q-blanks = Ответы для пропусков
exams-ui-q-blanks-hint = По строке на каждый пропуск, по порядку. Несколько допустимых ответов в строке разделяйте знаком ;
exams-ui-q-explanation = Пояснение (необязательно)
exams-ui-q-explanation-hint = Показывается вместе с правильным ответом.
exams-ui-bank = Добавить из моего банка
exams-ui-any = Любой
exams-ui-filter = Показать
exams-ui-bank-empty = Других подходящих вопросов в банке нет.
exams-ui-bank-more = Показаны только 100 новейших; уточните фильтр, чтобы увидеть другие.
exams-ui-add-selected = Добавить отмеченные
exams-ui-share = Доступ
exams-ui-share-hint = Тесты для всех сначала проверяет модератор.
exams-ui-share-pending = Модератор проверит тест, прежде чем он станет доступен всем.
exams-ui-org = Организация
exams-ui-org-n = Организация № { $id }
exams-ui-assign = Назначить классу
exams-ui-no-classes = У вас пока нет классов.
exams-ui-to-classes = Создать класс
exams-ui-assign-needs-questions = Добавьте вопросы, прежде чем назначать тест.
exams-ui-class = Класс
exams-ui-opens-at = Открывается
exams-ui-due-at = Срок сдачи
exams-ui-tashkent-time = Время указано по Ташкенту.
exams-ui-assign-freezes = После назначения вопросы теста менять нельзя.
exams-ui-assign-button = Назначить
exams-ui-export = Скачать
exams-ui-export-hint = GIFT открывается в Moodle; CSV — в Excel, его можно импортировать обратно.
exams-ui-delete-test = Удалить тест
exams-ui-delete-confirm = Удалить этот тест? Его вопросы останутся в банке.

## Import
exams-ui-import-title = Импорт теста
exams-ui-import-lead = Вставьте тест в одном из форматов ниже. Он станет новым тестом; если какая-то строка неверна, ничего не сохранится.
exams-ui-format = Формат
exams-ui-import-file = Или выберите файл
exams-ui-import-file-hint = Файл будет прочитан в поле ниже; проверьте его и импортируйте.
exams-ui-import-text = Тест
exams-ui-import-button = Импортировать
exams-ui-examples = Примеры
exams-ui-import-line-error = Строка { $line }: { $reason }
exams-ui-import-nothing-saved = Ничего не сохранено. Исправьте строку и импортируйте снова; ваш текст остался ниже.

## Generate
exams-ui-generate-title = Генерация вопросов
exams-ui-generate-lead = Выберите генератор, класс и тему. Вы получите черновики для проверки и правки; сохранятся только оставленные.
exams-ui-generator = Генератор
exams-ui-topic = Тема
exams-ui-topic-mixed = Разные темы
exams-ui-count = Сколько
exams-ui-source-text = Текст для вопросов (только для ИИ)
exams-ui-source-text-hint = ИИ составит вопросы по этому тексту. Другие генераторы его не используют.
exams-ui-generate-button = Сгенерировать
exams-ui-drafts = Черновики
exams-ui-drafts-lead = Проверьте каждый вопрос, исправьте при необходимости и снимите отметку с ненужных.
exams-ui-draft-n = Вопрос { $n }
exams-ui-save-drafts = Сохранить оставленные вопросы как новый тест
exams-ui-keep-one = Оставьте хотя бы один вопрос.
exams-ui-generated-title = { $generator }, { $grade } класс

## Moderation
exams-ui-moderation = Тесты на проверке
exams-ui-moderation-hint = Учителя просят открыть эти тесты для всех. Откройте тест и прочитайте его, прежде чем решать.
exams-ui-moderation-empty = Ничего не ждёт проверки.
exams-ui-approve = Одобрить
exams-ui-reject = Вернуть
exams-ui-reject-confirm = Вернуть тест? Он снова станет доступен только своему учителю.

## Student
exams-ui-my-tests-student = Мои тесты
exams-ui-no-assignments = Тестов для тебя пока нет.
exams-ui-start = Начать
exams-ui-continue = Продолжить
exams-ui-see-result = Мой результат
exams-ui-minutes = { $minutes } мин
exams-ui-attempts-left = { $count ->
    [0] Попыток не осталось
    [one] Осталась { $count } попытка
    [few] Осталось { $count } попытки
   *[other] Осталось { $count } попыток
}
exams-ui-best-score = Балл: { $score }
exams-ui-see-child-result = Посмотреть результат

## Attempt
exams-ui-until = До { $time }
exams-ui-question-n = Вопрос { $n }
exams-ui-choose-one = Выбери один ответ
exams-ui-choose-all = Выбери все правильные ответы
exams-ui-your-answer = Твой ответ
exams-ui-number-hint = Число, например 12 или 3,5
exams-ui-order-hint = Расставь по порядку: пронумеруй или передвинь вверх и вниз.
exams-ui-position = Место
exams-ui-move-up = Выше
exams-ui-move-down = Ниже
exams-ui-blank-n = Пропуск { $n }
exams-ui-prev = Назад
exams-ui-next = Дальше
exams-ui-save-answers = Сохранить ответы
exams-ui-hand-in = Сдать
exams-ui-saving = Сохраняем…
exams-ui-saved = Сохранено ✓
exams-ui-offline = Нет связи: ответ сохранён на устройстве и будет отправлен, когда связь появится.
exams-ui-not-saved = Не сохранено: попытка завершена.
exams-ui-number-unreadable = Напиши число, например 12 или 3,5.
exams-ui-fix-marked = Некоторые ответы не удалось прочитать, они отмечены ниже. Остальное сохранено.
exams-ui-time-up = Время вышло! Сохранённые ответы сдаются…
exams-ui-confirm-submit = Сдать ответы? Потом изменить их будет нельзя.
exams-ui-confirm-unanswered = Вопросы без ответа: { $list }. Всё равно сдать?

## Result
exams-ui-cheer-excellent = Отлично! Ты звезда!
exams-ui-cheer-passed = Молодец!
exams-ui-cheer-try-again = Хорошая попытка! Ещё немного практики — и всё получится.
exams-ui-cheer-handed-in = Ответы сданы!
exams-ui-percent = { $percent }%
exams-ui-passed = Сдано
exams-ui-not-passed = Пока не сдано
exams-ui-score-later = Балл покажем после { $time }.
exams-ui-score-by-teacher = Балл тебе сообщит учитель.
exams-ui-answers-later = Правильные ответы покажем после { $time }.
exams-ui-answers-hidden = В этом тесте правильные ответы не показываются.
exams-ui-mark-right = Верно
exams-ui-mark-partly = Частично верно
exams-ui-mark-wrong = Неверно
exams-ui-no-answer = нет ответа
exams-ui-right-answer = Правильный ответ
exams-ui-done = Готово

## Assignment results
exams-ui-results = Результаты
exams-ui-stat-submitted = сдали
exams-ui-stat-mean = средний балл
exams-ui-stat-median = медиана
exams-ui-stat-pass-rate = набрали { $percent }%
exams-ui-students = Ученики
exams-ui-no-students = В этом классе пока нет учеников.
exams-ui-student = Ученик
exams-ui-score-of = Балл (из { $max })
exams-ui-student-not-started = не начинал
exams-ui-student-in-progress = выполняет
exams-ui-student-submitted = сдал
exams-ui-attempts-n = { $count ->
    [one] { $count } попытка
    [few] { $count } попытки
   *[other] { $count } попыток
}
exams-ui-item-stats = Вопросы
exams-ui-item-stats-hint = Верно: средняя доля баллов. Различение: насколько лучше справилась сильнейшая четверть, чем слабейшая (от −1 до 1; ниже 0,2 вопрос может быть неясным). Вопросы, на которые верно ответили меньше 40%, отмечены.
exams-ui-stat-correct = верно { $value }
exams-ui-stat-discrimination = различение { $value }
exams-ui-stat-unanswered = без ответа { $value }
exams-ui-stat-time = время { $value }
exams-ui-stat-started = начали: { $count }

## Parent
exams-ui-child-title = Тесты: { $name }

## Notices
notice-exams_test_created = Тест создан. Теперь добавьте вопросы.
notice-exams_test_saved = Сохранено.
notice-exams_test_deleted = Тест удалён.
notice-exams_test_copied = Это ваша копия, её можно менять.
notice-exams_question_added = Вопрос добавлен.
notice-exams_questions_added = Вопросы добавлены.
notice-exams_question_removed = Вопрос убран из теста.
notice-exams_visibility_saved = Настройки доступа сохранены.
notice-exams_sent_to_moderation = Отправлено модератору: тест станет общедоступным после одобрения.
notice-exams_assigned = Тест назначен. Ученики увидят его в разделе «Тесты».
notice-exams_imported = Тест импортирован. Проверьте вопросы, прежде чем назначать.
notice-exams_generated_saved = Тест сохранён. Проверьте его и назначьте классу.
notice-exams_approved = Тест одобрен и доступен всем.
notice-exams_rejected = Тест возвращён учителю.
notice-exams_answers_saved = Ответы сохранены.
notice-exams_time_up = Время вышло, поэтому сохранённые ответы сданы.
notice-exams_not_open_yet = Этот тест ещё не открыт.
notice-exams_closed = Время для этого теста истекло.
notice-exams_no_attempts_left = Попыток больше не осталось.
exams-ui-read-aloud = Прочитать вслух
exams-ui-picture = Картинка (необязательно)
exams-ui-picture-hint = PNG, JPEG, WebP или GIF, до 512 КБ.
