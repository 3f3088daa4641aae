# Speech: speaker buttons, the tap that starts a sound, and the server voice for admins.
speech-hear = Послушать
speech-tap-to-hear = Нажми, чтобы услышать
speech-cannot-speak = Здесь нет голоса
field-speech-format-unknown = Выберите формат: ogg, mp3 или wav.
speech-admin-title = Голос сервера
speech-admin-on = Голос есть: { $languages }. Форматы аудио: { $formats }.
speech-admin-off = На сервере нет голоса: дети слышат только голос своего телефона (если он есть). Установите пакеты espeak-ng, opus-tools и lame.
