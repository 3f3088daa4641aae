# Tests for children: the home tile, time, attempts, "time ran out" and coins
exams-child-tile-assigned = A test from your teacher: { $title }
exams-child-tile-assigned-say = Your teacher gave you a test: { $title }. Tap to start.
exams-child-tile-start = Start
exams-child-tile-continue = Continue
exams-child-tile-tests = Tests
exams-child-tile-tests-say = Tests. Here you do the tests your teacher gives you.
exams-child-no-time-limit = No time limit
exams-child-time-limit = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
exams-child-due = Hand in by { $date }
exams-child-opens = Opens on { $date }
exams-child-no-attempts-left = No attempts left
exams-child-time-ran-out = Time ran out. Your saved answers were handed in.
exams-child-coins-earned = { $count ->
    [one] You earned { $count } coin for this test.
   *[other] You earned { $count } coins for this test.
}
exams-child-coins-none = No coins this time: get at least half right to earn coins.
exams-child-coins-later = Your coins come when the result is shown.
