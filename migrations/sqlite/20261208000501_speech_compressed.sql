-- Speech: audio is now served compressed (Ogg Opus or MP3) and cached per format, with the
-- format in the key. The uncompressed WAV kept so far (about 40 KB a word) is never asked for
-- under the new keys; it is dropped, and each phrase is made again, compressed, on first use.
DELETE FROM speech_cache WHERE mime = 'audio/wav';
