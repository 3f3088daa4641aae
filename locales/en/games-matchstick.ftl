# Matchstick math: the page a child reads.
games-matchstick-title = Matchstick math
games-matchstick-listen = Listen
games-matchstick-lead = Move matchsticks to make the sum right!
games-matchstick-tier-1 = Fix a number
games-matchstick-tier-2 = Fix the answer
games-matchstick-tier-3 = Fix the sign
games-matchstick-tier-4 = Big numbers
games-matchstick-tier-5 = Three numbers
games-matchstick-level = Level { $n }
games-matchstick-best-stars = Your best: { $stars } of 3 stars
games-matchstick-goal = { $count ->
    [one] Move one matchstick so that both sides of = are the same!
   *[other] Move { $count } matchsticks so that both sides of = are the same!
}
games-matchstick-how = Tap a matchstick to pick it up, then tap an empty place to put it there.
games-matchstick-moves-left = Matchsticks left to move
games-matchstick-too-many = { $count ->
    [one] Only one matchstick may move. Take it back and try another!
   *[other] Only { $count } matchsticks may move. Take one back and try another!
}
games-matchstick-undo = Take back
games-matchstick-reset = Start again
games-matchstick-quit = Back to the levels
games-matchstick-board = The equation
games-matchstick-stick = Matchstick
games-matchstick-slot = Empty place
games-matchstick-well-done = Well done! The sum is right!
games-matchstick-score = Score
games-matchstick-moves = Moves
games-matchstick-time = Time
games-matchstick-coins = Coins
games-matchstick-again = Play again
games-matchstick-next = Next level
games-matchstick-levels = Levels
games-matchstick-visitor = You can play without signing in, but your result will not be kept. Sign in to keep it.
games-matchstick-noscript = This game needs JavaScript.
games-matchstick-sending = Sending your result…
games-matchstick-kept = Your result is saved!
games-matchstick-offline = No internet. Your result waits here and will be sent when you are back online.
games-matchstick-failed = Your result could not be sent.
games-matchstick-mute = Sound off
games-matchstick-unmute = Sound on
