# Для модераторов: раунды, где счёт страницы не совпал с пересчётом сервера (вы).
games-review-nav = Результаты игр
games-review-title = Несовпавшие результаты игр
games-review-intro = В этих раундах страница прислала другой счёт, чем насчитал сервер, повторив ходы. Сохраняется всегда счёт сервера. Если один ребёнок часто в этом списке, ходы могли быть подделаны; если часто одна игра — в её странице ошибка.
games-review-week = Последние 7 дней
games-review-list = Раунды
games-review-none = Пока нет.
games-review-game = Игра
games-review-rounds = Раунды
games-review-mismatches = Несовпадения
games-review-when = Когда
games-review-player = Игрок
games-review-claimed = Страница
games-review-kept = Сохранено
games-review-older = Раньше
