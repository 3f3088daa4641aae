# Речь: озвучивание слов и распознавание ответа ребёнка.
error-speech_unavailable = На сервере нет голоса для этого языка. Страница воспользуется голосом браузера.
error-speech_failed = Голосовой сервис не ответил. Попробуйте ещё раз чуть позже.
error-speech_recognition_unavailable = Распознавание речи сейчас недоступно.
field-speech-lang-unknown = Выберите один из языков: uz-UZ, ru-RU или en-US.
field-speech-audio-not-wav = Отправьте запись в формате WAV.
field-speech-audio-format = Запись должна быть в формате PCM: 16 кГц, 16 бит, моно.
field-speech-audio-empty = Запись пустая. Скажи слово и попробуй ещё раз.
