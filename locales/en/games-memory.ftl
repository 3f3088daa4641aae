# Letter Memory: the page a child reads.
games-memory-title = Letter Memory
games-memory-listen = Listen
games-memory-lead = Turn the cards over and find each letter's picture!
games-memory-level-1 = Easy
games-memory-level-2 = Medium
games-memory-level-3 = Hard
games-memory-pairs = { $count ->
    [one] { $count } pair
   *[other] { $count } pairs
}
games-memory-best-stars = Your best: { $stars } of 3 stars
games-memory-moves = Moves
games-memory-time = Time
games-memory-found = Pairs found
games-memory-quit = Back to the levels
games-memory-board = Cards
games-memory-card = Face-down card
games-memory-well-done = Well done! You found every pair!
games-memory-score = Score
games-memory-coins = Coins
games-memory-again = Play again
games-memory-next = Next level
games-memory-levels = Levels
games-memory-visitor = You can play without signing in, but your result will not be kept. Sign in to keep it.
games-memory-noscript = This game needs JavaScript.
games-memory-sending = Sending your result…
games-memory-kept = Your result is saved!
games-memory-offline = No internet. Your result waits here and will be sent when you are back online.
games-memory-failed = Your result could not be sent.
games-memory-mute = Sound off
games-memory-unmute = Sound on
