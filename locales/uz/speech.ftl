# Nutq: soʻzlarni ovoz chiqarib oʻqish va bolaning javobini eshitish.
error-speech_unavailable = Serverda bu til uchun ovoz yoʻq. Sahifa brauzeringiz ovozidan foydalanadi.
error-speech_failed = Ovoz xizmati javob bermadi. Birozdan soʻng qayta urinib koʻring.
error-speech_recognition_unavailable = Nutqni tanib olish hozircha mavjud emas.
field-speech-lang-unknown = Tillardan birini tanlang: uz-UZ, ru-RU yoki en-US.
field-speech-audio-not-wav = Yozuvni WAV fayl sifatida yuboring.
field-speech-audio-format = Yozuv 16 kHz, 16 bitli, mono PCM formatida boʻlishi kerak.
field-speech-audio-empty = Yozuv boʻsh. Soʻzni ayt va yana urinib koʻr.
