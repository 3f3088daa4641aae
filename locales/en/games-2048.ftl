# The 2048 game (children's: addressed as "you").
games-name-2048 = 2048
games-2048-help = Swipe or press the arrow keys. Two equal numbers join into one!
games-2048-board = The 2048 board
games-2048-arrows = Arrow buttons
games-2048-won = You reached 2048!
games-2048-keep = Keep playing
