# SmartKids и MathKids: ошибки API и страниц.
smartkids-language-invalid = Выбери узбекский, русский или английский.
smartkids-age-invalid = Выбери возраст от 4 до 10 лет.
smartkids-length-invalid = Выбери короткую или среднюю сказку.
smartkids-decodable-uz-only = Сказки из твоих букв пока есть только на узбекском.
smartkids-choice-unknown = Выбери из списка.
smartkids-not-enough-letters = Сначала выучи ещё несколько букв в Harf, и мы напишем сказку из них!
smartkids-too-many-answers = Ответов больше, чем вопросов.
smartkids-answer-too-long = Этот ответ слишком длинный.
error-smartkids_awaiting_parent = Эта сказка ждёт, когда её одобрит взрослый.
error-smartkids_reading_finished = Это чтение уже закончено.
error-mathkids_unsupported = Такую задачу я пока не умею решать. Я умею решать такие: { $examples }
error-mathkids_full_solution_off = Родители выключили готовые решения. Решай по шагам!
mathkids-problem-too-long = Слишком длинно: не больше { $max } символов.
mathkids-mode-invalid = Выбери «по шагам» или «всё решение».
mathkids-value-too-long = Этот ответ слишком длинный.
mathkids-step-invalid = Такого шага нет.
error-smartkids_not_waiting = Эта сказка не ждёт решения.
