# Speech: speaker buttons, the tap that starts a sound, and the server voice for admins.
speech-hear = Hear it
speech-tap-to-hear = Tap to hear
speech-cannot-speak = There is no voice here
field-speech-format-unknown = Choose a format: ogg, mp3 or wav.
speech-admin-title = Server voice
speech-admin-on = Voice on: { $languages }. Audio formats: { $formats }.
speech-admin-off = No server voice: children hear only their phone's own voice, where it has one. Install the espeak-ng, opus-tools and lame packages.
