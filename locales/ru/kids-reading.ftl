# SmartKids: чтение сказки вслух в микрофон.
smartkids-paragraph-unknown = В сказке нет такого абзаца.
error-smartkids_reading_busy = Запись ещё сохраняется. Попробуй ещё раз.
smartkids-record = Прочитай вслух
smartkids-record-stop = Стоп
smartkids-record-hint = Нажми 🎤, прочитай абзац вслух и нажми ещё раз.
smartkids-record-listening = Слушаю…
smartkids-record-checking = Проверяю…
smartkids-record-missed = Пропущено
smartkids-record-changed = Прочитано по-другому
smartkids-record-perfect = Молодец! Все слова — верно!
smartkids-record-nothing = Ничего не слышно. Попробуй читать погромче!
smartkids-record-failed = Запись не отправилась. Попробуй ещё раз!
smartkids-record-no-mic = Микрофон не включился. Попроси взрослого помочь.
smartkids-result-accuracy = Слова прочитаны верно
