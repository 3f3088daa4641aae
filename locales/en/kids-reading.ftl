# SmartKids: reading a story aloud into the microphone.
smartkids-paragraph-unknown = The story has no such paragraph.
error-smartkids_reading_busy = Your recording is still being saved. Try once more.
smartkids-record = Read it aloud
smartkids-record-stop = Stop
smartkids-record-hint = Tap 🎤, read the paragraph aloud, then tap again.
smartkids-record-listening = Listening…
smartkids-record-checking = Checking…
smartkids-record-missed = Missed
smartkids-record-changed = Read differently
smartkids-record-perfect = Well done! Every word right!
smartkids-record-nothing = I heard nothing. Try reading a bit louder!
smartkids-record-failed = The recording didn't send. Let's try again!
smartkids-record-no-mic = The microphone didn't turn on. Ask a grown-up to help.
smartkids-result-accuracy = Words read right
