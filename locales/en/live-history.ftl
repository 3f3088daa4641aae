# A child's live games (/live/mine), the home tile and the parent's dashboard line.
live-history-title = My live games
live-history-title-of = Live games: { $name }
live-history-empty = { $viewer ->
    [child] You have not played a live quiz yet. Your teacher shows a PIN on the big screen: type it in and play!
   *[other] You have not played a live quiz yet. The teacher shows a PIN on the big screen: type it in and play!
}
live-history-empty-say = { $viewer ->
    [child] Your teacher shows a six-digit PIN on the big screen. Press the big button, type the PIN and play!
   *[other] The teacher shows a six-digit PIN on the big screen. Press the big button, type the PIN and play!
}
live-history-empty-parent = { $name } has not played a live quiz yet. When a teacher starts a game, the child joins with its PIN.
live-history-join = Join a game
live-history-listen = Listen
live-history-place = Place { $place } of { $of }
live-history-removed = Removed from the game
live-history-correct = Right: { $correct } / { $total }
live-history-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
live-history-older = Earlier games
live-history-answers = Answers
live-history-question-n = Question { $n }
live-history-right = Right
live-history-partly = Partly right
live-history-wrong = Wrong
live-history-none = No answer
live-history-your-answer = Answer given: { $answer }
live-history-right-answer = Right answer: { $answer }
live-history-seconds = { $seconds } s
live-history-limit-invalid = A page holds 1 to 50 games.

live-home-tile = Live quiz
live-home-tile-detail = Join with a PIN
live-home-tile-say = Live quiz. Type the PIN from the big screen and play with your class!
live-home-mine = My live games
live-home-mine-detail = { $count ->
    [one] { $count } live game
   *[other] { $count } live games
}
live-home-mine-say = Your live quiz games: your place and your right answers.

live-progress-label = Live quiz
live-progress-month = { $count ->
    [one] { $count } game this month
   *[other] { $count } games this month
}
live-progress-month-best = { $count ->
    [one] { $count } game this month
   *[other] { $count } games this month
}, best place: { $best }
live-progress-none = No games this month yet
