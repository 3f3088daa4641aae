# Speech: reading words aloud and hearing a child's answer.
error-speech_unavailable = There is no voice on the server for this language. The page will use your browser's voice.
error-speech_failed = The voice service did not answer. Please try again in a moment.
error-speech_recognition_unavailable = Speech recognition is not available right now.
field-speech-lang-unknown = Choose one of the languages: uz-UZ, ru-RU or en-US.
field-speech-audio-not-wav = Send the recording as a WAV file.
field-speech-audio-format = The recording must be 16 kHz, 16-bit mono PCM.
field-speech-audio-empty = The recording is empty. Say the word and try again.
