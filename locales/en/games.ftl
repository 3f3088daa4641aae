# Learning games: errors of the rounds API.
error-games_not_found = There is no such game.
error-games_level_locked = This level opens when you finish the one before it.
error-games_round_not_found = There is no such round.
error-games_round_finished = This round is already finished.
error-games_round_expired = This round took too long and has ended. Start a new one.
games-level-invalid = This game has levels from 1 to { $max }.
games-log-invalid = The moves of this round do not follow the game's rules.
