live-host-nav = Live quiz
live-host-play-live = Play live
live-host-games-title = Live games
live-host-games-intro = Pick one of your tests and start a live game on the big screen.
live-host-games-to-tests = Go to tests
live-host-games-none = You have not hosted a live game yet. Press "Play live" on a test's page.
live-host-players-n = { $count ->
    [one] { $count } player
   *[other] { $count } players
}
live-host-state-lobby = Waiting for players
live-host-state-running = Running
live-host-state-over = Finished
live-host-mode = Mode
live-host-mode-classic = Classic
live-host-mode-classic-hint = Fast right answers earn more points, and a streak of right answers earns a bonus.
live-host-mode-kids = Kids
live-host-mode-kids-hint = Only being right counts: 100 points per right answer, no race against the clock.
live-host-open-screen = Open the screen
live-host-results = Results
live-host-new-title = Live game
live-host-questions-n = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
live-host-show-on-phone = Show the questions on phones too
live-host-show-on-phone-hint = Unticked, phones show only the coloured shapes and the question stays on the big screen.
live-host-seconds = Time per question
live-host-seconds-n = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
live-host-create = Create the game
live-host-download-csv = Download CSV
live-host-download-xlsx = Download Excel
live-host-players = Players
live-host-no-players = Nobody joined this game.
live-host-col-rank = Place
live-host-col-name = Name
live-host-col-score = Points
live-host-col-correct = Right answers
live-host-col-time-s = Time (s)
live-host-col-question = Question
live-host-col-text = Question text
live-host-col-answered = Answered
live-host-col-right = Answered right
live-host-col-average-s = Average time (s)
live-host-kicked = Removed
live-host-questions = Questions
live-host-end = End
live-host-end-confirm = End the game now?
live-host-needs-js = The host screen needs JavaScript turned on in the browser.
live-host-join-at = Join at
live-host-pin = Game PIN
live-host-qr-alt = QR code to join the game
live-host-waiting = Waiting for players… Type the PIN on a phone or scan the QR code.
live-host-start = Start
live-host-question = Question
live-host-answers = answers
live-host-read-aloud = Read the question aloud
live-host-typed-answer = Type the answer as a number on the phone.
live-host-skip = Skip
live-host-close-question = Show results
live-host-right = Right
live-host-wrong = Wrong
live-host-top = Top five
live-host-next = Next question
live-host-podium = Winners
live-host-true = True
live-host-false = False
live-host-kick = Remove from the game
live-host-points = points
live-host-connection-lost = Connection lost. Reconnecting…
live-host-pause = Pause
live-host-resume = Go on
live-host-paused = Paused: answers wait until you go on.
