# Для модераторов: раунды, где счёт страницы не совпал с пересчётом сервера (вы).
games-review-nav = Результаты игр
games-review-title = Несовпавшие результаты игр
games-review-intro = В этих раундах счёт, присланный страницей, не совпал со счётом, который сервер получил, повторив ходы. Сохраняется всегда счёт сервера. Если один и тот же ребёнок часто попадает в этот список, ходы могли быть подделаны; если часто встречается одна игра, ошибка, скорее всего, в её странице.
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
