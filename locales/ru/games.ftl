# Обучающие игры: ошибки API раундов.
error-games_not_found = Такой игры нет.
error-games_level_locked = Этот уровень откроется, когда пройдёшь предыдущий.
error-games_round_not_found = Такого раунда нет.
error-games_round_finished = Этот раунд уже завершён.
error-games_round_expired = Раунд длился слишком долго и закончился. Начни новый.
games-level-invalid = В этой игре уровни с 1 по { $max }.
games-log-invalid = Ходы этого раунда не соответствуют правилам игры.
