# Speech: speaker buttons, the tap that starts a sound, and the server voice for admins.
speech-hear = Eshitish
speech-tap-to-hear = Eshitish uchun bos
speech-cannot-speak = Bu yerda ovoz yoʻq
field-speech-format-unknown = Formatni tanlang: ogg, mp3 yoki wav.
speech-admin-title = Server ovozi
speech-admin-on = Ovoz bor: { $languages }. Audio formatlari: { $formats }.
speech-admin-off = Serverda ovoz yoʻq: bolalar faqat telefonning oʻz ovozini eshitadi (agar boʻlsa). espeak-ng, opus-tools va lame paketlarini oʻrnating.
