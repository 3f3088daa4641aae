# Экзамены: импорт вопросов из файлов. Учитель видит сообщение как «Строка 12: …».

exams-format-gift = GIFT (Moodle)
exams-format-aiken = Aiken (Moodle)
exams-format-csv = CSV (Excel)
exams-format-uz-numbered = Нумерованный тест (1. … A) … Ответ: B)
exams-format-uz-blocks = Блоки (++++ и ====)

exams-import-invalid = Эту строку не удалось прочитать.
exams-import-too-large = Файл больше { $max }. Разделите его на несколько файлов.
exams-import-empty-file = Файл пуст.
exams-import-no-questions = В файле не найдено ни одного вопроса. Проверьте, что выбранный формат подходит к файлу.
exams-import-too-many-questions = В одном файле может быть не больше { $max } вопросов. Разделите его на несколько файлов.
exams-import-binary = Это не похоже на текстовый файл (в нём есть символ NUL). Сохраните тест как обычный текст (.txt) или CSV.
exams-import-unexpected-line = Эта строка не похожа ни на вопрос, ни на вариант ответа, ни на ключ.
exams-import-option-order = Варианты должны идти по порядку букв: A, B, C…
exams-import-no-options = У вопроса нет вариантов ответа.
exams-import-no-key = У вопроса не указан правильный ответ.
exams-import-bad-key = Ключ «{ $key }» не соответствует ни одному из вариантов вопроса.
exams-import-key-count = В вопросе с одним ответом должен быть ровно один правильный ответ; для нескольких выберите тип multiple.
exams-import-key-conflict = Ключи, указанные для этого вопроса, не совпадают.
exams-import-key-duplicate = Ответ на вопрос { $number } указан дважды.
exams-import-key-unknown-question = В ключе есть вопрос { $number }, но такого вопроса нет.
exams-import-duplicate-number = У двух вопросов номер { $number }, и по ключу их не различить.
exams-import-bad-number = Не удалось прочитать число. Запишите его как 3.5, 3.5±0.1 или 1..5.
exams-import-bad-bool = «{ $value }» — ни «верно», ни «неверно». Напишите true/false, ha/yoʻq или да/нет.

exams-import-gift-essay = Вопросы со свободным ответом не поддерживаются: их нельзя проверить автоматически.
exams-import-gift-no-answer = У вопроса нет ответа в фигурных скобках.
exams-import-gift-unclosed = Фигурная скобка, открытая здесь, не закрыта.
exams-import-gift-stray-close = Закрывающая фигурная скобка без открывающей. Чтобы скобка осталась в тексте, поставьте перед ней обратную косую черту (\).
exams-import-gift-nested = Внутри ответа не может быть ещё одной фигурной скобки. Чтобы скобка осталась в тексте, поставьте перед ней обратную косую черту (\).
exams-import-gift-title = Название вопроса начинается с ::, но не заканчивается на ::.
exams-import-gift-many-blocks = Несколько ответов в одном вопросе возможны только для пропусков в тексте.
exams-import-gift-bad-item = Каждый ответ в скобках должен начинаться с = (верный) или ~ (неверный).
exams-import-gift-bad-weight = Вес ответа записывается так: %50%.
exams-import-gift-bad-match = В вопросе на соответствие каждая пара записывается как левое -> правое.
exams-import-gift-no-right = Ни один ответ не отмечен как верный.

exams-import-csv-missing-column = В заголовке нет столбца «{ $column }».
exams-import-csv-unknown-column = Неизвестный столбец «{ $column }». Столбцы: type, prompt, options, answer, explanation.
exams-import-csv-duplicate-column = Столбец «{ $column }» указан дважды.
exams-import-csv-unclosed-quote = Кавычка, открытая здесь, не закрыта.
exams-import-csv-extra-fields = В этой строке больше полей, чем в заголовке. Текст с запятыми заключите в двойные кавычки.
exams-import-csv-bad-type = Неизвестный тип вопроса «{ $type }». Используйте single, multiple, true_false, short, numeric, ordering, matching или fill_blanks.
exams-import-csv-unused-options = У вопросов этого типа нет вариантов: оставьте столбец options пустым.
exams-import-csv-unused-answer = Для вопросов на порядок и соответствие правильный порядок или пары пишутся в options, а answer остаётся пустым.
exams-import-csv-bad-pair = «{ $item }» — не пара: запишите как левое=правое.

exams-import-question-empty-prompt = У вопроса нет текста.
exams-import-question-prompt-too-long = Текст вопроса длиннее { $max } символов.
exams-import-question-too-few-options = В вопросе должно быть хотя бы два варианта.
exams-import-question-too-many-options = В вопросе может быть не больше { $max } вариантов.
exams-import-question-empty-option = Один из вариантов (или элементов) пуст.
exams-import-question-option-too-long = Вариант длиннее { $max } символов.
exams-import-question-duplicate-options = Два варианта (или элемента) совпадают.
exams-import-question-key-out-of-range = Правильный ответ указывает на несуществующий вариант.
exams-import-question-no-key = Ни один вариант не отмечен как правильный.
exams-import-question-all-keys = Все варианты отмечены как правильные; хотя бы один должен быть неверным.
exams-import-question-no-accepted-answer = У вопроса нет ни одного принимаемого ответа.
exams-import-question-bad-number = Число или допустимая погрешность указаны неверно.
exams-import-question-too-few-items = В вопросах на порядок и соответствие нужно хотя бы два элемента.
exams-import-question-blanks-mismatch = Число пропусков (___) не совпадает с числом ответов.
