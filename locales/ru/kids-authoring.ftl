# SmartKids: сказки, которые пишут учителя, их проверка, задания классам и страница родителей (слова взрослым, кроме полки ребёнка).
smartkids-author-nav = Написать сказку
smartkids-review-nav = Проверка сказок
smartkids-from-teacher = От учителя

smartkids-author-title = Написать сказку
smartkids-author-lead = Напишите сказку, которую дети прочитают и послушают, и несколько вопросов к ней. Прежде чем она появится в библиотеке, её прочитает модератор.
smartkids-author-new = Новая сказка
smartkids-author-editing = Изменить сказку
smartkids-author-language = Язык
smartkids-author-age = Возраст
smartkids-author-emoji = Картинка (эмодзи)
smartkids-author-story-title = Название
smartkids-author-text = Текст
smartkids-author-text-hint = Markdown: между абзацами — пустая строка (не больше 20 абзацев). Оформление, ссылки и HTML убираются; дети видят простой текст, слово за словом.
smartkids-author-questions = Вопросы
smartkids-author-format = Формат вопросов
smartkids-author-format-auto = Определить автоматически
smartkids-author-format-uz-numbered = Нумерованный тест (1. … А) … Ответ: Б)
smartkids-author-format-gift = Moodle GIFT
smartkids-author-format-aiken = Moodle Aiken
smartkids-author-format-uz-blocks = Блоки (++++ / ====)
smartkids-author-format-csv = CSV
smartkids-author-help-title = Как записать вопросы
smartkids-author-help = Начинайте каждый вопрос с номера, варианты обозначайте А), Б), В), а правильный ответ укажите в строке «Ответ:». У вопроса без вариантов ответ — слово («Ответ: Ёжик») или верно/неверно. Подходят и форматы GIFT и Aiken. От 1 до 8 вопросов: один вариант, верно/неверно или короткий ответ.
smartkids-author-help-example =
    1. Что нашёл зайчонок?
    А) Морковку
    Б) Яблоко
    В) Камень
    Ответ: А
    2. Зайчонок поделился морковкой с друзьями.
    Ответ: верно
    3. Кто был другом зайчонка?
    Ответ: Ёжик
smartkids-author-review-note = Модератор читает каждую сказку, прежде чем её увидят дети; решение появится здесь.
smartkids-author-staff-note = Ваши сказки публикуются сразу.
smartkids-author-send = Отправить на проверку
smartkids-author-save = Сохранить
smartkids-author-cancel = Отмена
smartkids-author-mine = Мои сказки
smartkids-author-none = Вы ещё не написали ни одной сказки.
smartkids-author-story = Сказка
smartkids-author-status = Статус
smartkids-author-actions = Действия
smartkids-author-status-pending = Ждёт проверки
smartkids-author-status-published = Опубликована
smartkids-author-status-rejected = Отклонена
smartkids-author-status-hidden = Снята
smartkids-author-reason = Причина:
smartkids-author-edit = Изменить
smartkids-author-delete = Удалить
smartkids-author-classes = Мои классы
smartkids-author-classes-lead = Дайте классу сказку и посмотрите, кто её прочитал.
smartkids-author-age-invalid = Выберите 4–6 или 7–10.
smartkids-author-language-invalid = Выберите узбекский, русский или английский.
smartkids-author-emoji-invalid = Выберите один эмодзи в качестве картинки.
smartkids-author-format-invalid = Неизвестный формат вопросов.
smartkids-author-too-many-paragraphs = Слишком много абзацев: не больше { $max }.
smartkids-author-questions-none = Напишите хотя бы один вопрос.
smartkids-author-questions-too-many = Слишком много вопросов: не больше { $max }.
smartkids-author-questions-line = Строка { $line }: { $reason }
smartkids-author-question-type = Вопрос { $number }: в сказках бывают только вопросы с одним вариантом, верно/неверно и с коротким ответом.
smartkids-author-question-bad = Вопрос { $number }: { $reason }
smartkids-author-refused-empty = Текст пустой.
smartkids-author-refused-too-long = Текст слишком длинный.
smartkids-author-refused-characters = В тексте есть символы, которые нельзя показывать детям.
smartkids-author-refused-personal = Уберите номера телефонов, адреса почты и ссылки.
smartkids-author-refused-rude = В тексте есть слово, которое детям читать не следует.
smartkids-author-refused-unsafe = Текст касается темы, которую SmartKids обходит стороной (насилие, смерть, алкоголь и подобное).
error-smartkids_author_locked = Сказку больше нельзя изменить: она опубликована.
notice-smartkids-author-sent = Сказка отправлена модераторам.
notice-smartkids-author-published = Сказка опубликована.
notice-smartkids-author-deleted = Сказка удалена.

smartkids-review-title = Проверка сказок
smartkids-review-lead = Сказки, которые написали учителя, сначала самые давние. Прочитайте сказку и вопросы, затем опубликуйте её или отклоните, объяснив автору причину.
smartkids-review-none = Сказок на проверке нет.
smartkids-review-words = слов
smartkids-review-questions = Вопросы и ответы
smartkids-review-true = Верно
smartkids-review-false = Неверно
smartkids-review-publish = Опубликовать
smartkids-review-reason = Причина для автора (необязательно)
smartkids-review-decline = Отклонить
error-smartkids_review_not_pending = Эта сказка не ждёт проверки.
notice-smartkids-review-published = Сказка опубликована.
notice-smartkids-review-declined = Сказка отклонена.

smartkids-class-title = Сказки: { $name }
smartkids-class-back = Мои сказки
smartkids-class-lead = Учеников в классе: { $count }.
smartkids-class-assign-title = Дать классу сказку
smartkids-class-story = Сказка
smartkids-class-assign = Задать
smartkids-class-more-languages = Сказки на других языках:
smartkids-class-none = Вы ещё не давали классу сказок.
smartkids-class-assigned-on = задана
smartkids-class-student = Ученик
smartkids-class-wpm = Слов в минуту
smartkids-class-accuracy = Точность
smartkids-class-quiz = Вопросы
smartkids-class-when = Когда
smartkids-class-not-read = Ещё не прочитали:
smartkids-class-unassign = Отменить задание
smartkids-class-story-unknown = Выберите опубликованную сказку.
notice-smartkids-class-assigned = Сказка задана классу.
notice-smartkids-class-already = У класса уже есть эта сказка.
notice-smartkids-class-unassigned = Задание отменено.

smartkids-parent-title = { $name }: сказки
smartkids-parent-settings = Настройки
smartkids-parent-approve-llm = Показывать мне сказки, написанные ИИ, до того как их прочитает ребёнок
smartkids-parent-full-solutions = Разрешить полные решения в помощнике по математике
smartkids-parent-save = Сохранить
smartkids-parent-waiting = Ждут вашего одобрения
smartkids-parent-waiting-none = Ожидающих сказок нет.
smartkids-parent-approve = Одобрить
smartkids-parent-reject = Отклонить
smartkids-parent-readings = Последние чтения
smartkids-parent-readings-none = Прочитанных сказок пока нет.
smartkids-parent-story = Сказка
smartkids-parent-coins = Монеты
notice-smartkids-parent-saved = Настройки сохранены.
notice-smartkids-parent-approved = Сказка одобрена: ребёнок может её прочитать.
notice-smartkids-parent-rejected = Сказка отклонена.

smartkids-progress-label = Сказки
smartkids-progress-none = Прочитанных сказок пока нет
smartkids-progress-week = На этой неделе прочитано: { $count }, последняя: { $title }
