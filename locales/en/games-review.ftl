# For moderators: rounds whose page claimed another score than the server's replay.
games-review-nav = Game results
games-review-title = Game results that differed
games-review-intro = In these rounds the page sent a different score from the one the server found by replaying the moves. The server's score is always the one kept. A child often on this list may be sending made-up moves; a game often on it has a bug in its page.
games-review-week = Last 7 days
games-review-list = Rounds
games-review-none = None yet.
games-review-game = Game
games-review-rounds = Rounds
games-review-mismatches = Differed
games-review-when = When
games-review-player = Player
games-review-claimed = Page claimed
games-review-kept = Kept
games-review-older = Older
