//! What the boards rank, from the stored rounds (so any board can be rebuilt at any time):
//! - a game's board: the best score of each level within the period, summed; for a game
//!   without levels, its best round;
//! - the all-games board: coins earned in games within the period. Coins are capped per game
//!   per day, so this measures steady play across the games, not one game ground for hours.
//!
//! And the parents' choice of who may see a child on the boards.

use kernel::db::Db;
use kernel::AppResult;

use super::Visibility;

/// One child's score on a game's board in each of the periods starting at `since`.
pub async fn game_scores(db: &Db, user: i64, game: &str, since: [i64; 3]) -> AppResult<[i64; 3]> {
    let rows: Vec<(Option<i64>, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT MAX(CASE WHEN finished_at >= $3 THEN score END), \
         MAX(CASE WHEN finished_at >= $4 THEN score END), \
         MAX(CASE WHEN finished_at >= $5 THEN score END) \
         FROM game_rounds WHERE user_id = $1 AND game = $2 AND score IS NOT NULL \
         AND finished_at IS NOT NULL GROUP BY level",
    )
    .bind(user)
    .bind(game)
    .bind(since[0])
    .bind(since[1])
    .bind(since[2])
    .fetch_all(db.pool())
    .await?;
    let mut sums = [0; 3];
    for (a, b, c) in rows {
        for (sum, best) in sums.iter_mut().zip([a, b, c]) {
            *sum += best.unwrap_or(0).max(0);
        }
    }
    Ok(sums)
}

/// One child's coins from games in each of the periods starting at `since`.
pub async fn coin_scores(db: &Db, user: i64, since: [i64; 3]) -> AppResult<[i64; 3]> {
    let (a, b, c): (Option<i64>, Option<i64>, Option<i64>) = sqlx::query_as(
        "SELECT CAST(SUM(CASE WHEN finished_at >= $2 THEN coins ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN finished_at >= $3 THEN coins ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN finished_at >= $4 THEN coins ELSE 0 END) AS BIGINT) \
         FROM game_rounds WHERE user_id = $1 AND finished_at IS NOT NULL AND coins > 0",
    )
    .bind(user)
    .bind(since[0])
    .bind(since[1])
    .bind(since[2])
    .fetch_one(db.pool())
    .await?;
    Ok([a.unwrap_or(0), b.unwrap_or(0), c.unwrap_or(0)])
}

/// Everyone's score on a game's board since `since` (for a rebuild); `game` `all` is coins.
pub async fn everyone(db: &Db, game: &str, since: i64) -> AppResult<Vec<(i64, i64)>> {
    let rows: Vec<(i64, Option<i64>)> = if game == super::ALL {
        sqlx::query_as(
            "SELECT user_id, CAST(SUM(coins) AS BIGINT) FROM game_rounds \
             WHERE finished_at >= $1 AND coins > 0 GROUP BY user_id",
        )
        .bind(since)
        .fetch_all(db.pool())
        .await?
    } else {
        sqlx::query_as(
            "SELECT user_id, CAST(SUM(best) AS BIGINT) FROM (SELECT user_id, level, MAX(score) AS best \
             FROM game_rounds WHERE game = $1 AND finished_at >= $2 AND score IS NOT NULL \
             GROUP BY user_id, level) t GROUP BY user_id",
        )
        .bind(game)
        .bind(since)
        .fetch_all(db.pool())
        .await?
    };
    Ok(rows
        .into_iter()
        .filter_map(|(u, s)| s.filter(|s| *s > 0).map(|s| (u, s)))
        .collect())
}

/// The parents' choice for each of `ids` (the default where none was made).
pub async fn visibilities(db: &Db, ids: &[i64]) -> AppResult<Vec<(i64, Visibility)>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT child_id, visibility FROM game_board_privacy WHERE child_id IN ({})",
            marks.join(", ")
        );
        let mut q = sqlx::query_as::<_, (i64, String)>(&sql);
        for id in chunk {
            q = q.bind(*id);
        }
        let set: std::collections::HashMap<i64, String> =
            q.fetch_all(db.pool()).await?.into_iter().collect();
        out.extend(chunk.iter().map(|id| {
            let v = set.get(id).and_then(|v| Visibility::parse(v));
            (*id, v.unwrap_or_default())
        }));
    }
    Ok(out)
}

/// Records a parent's choice for a child.
pub async fn set_visibility(
    db: &Db,
    child: i64,
    visibility: Visibility,
    parent: i64,
    now: i64,
) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO game_board_privacy (child_id, visibility, set_by, updated_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (child_id) DO UPDATE SET \
         visibility = excluded.visibility, set_by = excluded.set_by, updated_at = excluded.updated_at",
    )
    .bind(child)
    .bind(visibility.as_str())
    .bind(parent)
    .bind(now)
    .execute(db.pool())
    .await?;
    Ok(())
}
