# For parents: a child's games and the leaderboard setting.
games-family-title = { $name }: games
games-family-game = Game
games-family-week = This week
games-family-total = In all
games-family-progress = Progress
games-family-rounds = { $count ->
    [one] { $count } round
   *[other] { $count } rounds
}
games-family-not-played = Not played
games-family-under-a-minute = under a minute
games-family-boards-heading = Showing on leaderboards
games-family-boards-intro = Children appear on leaderboards with their first name, the initial of their surname and their avatar only. A teacher sees their own class in full.
games-family-boards-hidden = Not on any leaderboard
games-family-boards-class = Only on the class and school (organisation) boards
games-family-boards-public = Also on the region and whole-Uzbekistan boards
games-family-save = Save
games-family-see-boards = The boards your child sees
games-family-bad-visibility = Choose one of the options.
games-family-progress-label = Games
games-family-progress-none = Did not play this week
games-family-progress-week = This week: { $time }, { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
}
notice-games-family-saved = The leaderboard setting is saved.
