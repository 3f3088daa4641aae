//! SQL of what a game saves when a question closes: every player's totals and that question's
//! answers, in batches (a game may have thousands of players).

use sqlx::{Any, Transaction};

use crate::game::{Given, Player};

/// Rows per statement: well under both databases' limits on bound values.
const BATCH: usize = 400;

/// `($1, $2…), ($n+1…)…`: placeholders for `rows` rows of `columns` values.
fn values(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|r| {
            let row: Vec<String> = (1..=columns)
                .map(|c| format!("${}", r * columns + c))
                .collect();
            format!("({})", row.join(", "))
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Inserts or updates every player of the game.
pub async fn save_players(
    tx: &mut Transaction<'_, Any>,
    game_id: i64,
    players: &[Player],
    now: i64,
) -> Result<(), sqlx::Error> {
    for chunk in players.chunks(BATCH) {
        let mut sql = String::from(
            "INSERT INTO live_players (game_id, player_no, name, name_key, user_id, resume_hash, \
             score, streak, correct, total_ms, kicked, joined_at) VALUES ",
        );
        sql.push_str(&values(chunk.len(), 12));
        sql.push_str(
            " ON CONFLICT (game_id, player_no) DO UPDATE SET score = excluded.score, \
             streak = excluded.streak, correct = excluded.correct, total_ms = excluded.total_ms, \
             kicked = excluded.kicked, resume_hash = excluded.resume_hash",
        );
        let mut q = sqlx::query(&sql);
        for p in chunk {
            q = q
                .bind(game_id)
                .bind(p.id as i64)
                .bind(p.name.clone())
                .bind(p.key.clone())
                .bind(p.user_id)
                .bind(p.resume_hash.clone())
                .bind(p.score as i64)
                .bind(i64::from(p.streak))
                .bind(i64::from(p.correct))
                .bind(p.total_ms as i64)
                .bind(i64::from(p.kicked))
                .bind(now);
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

/// One answer as it is saved.
pub struct SavedAnswer<'a> {
    pub player_no: u64,
    pub given: &'a Given,
    pub points: u32,
    pub correct: bool,
}

/// The answers to question `question`.
pub async fn save_answers(
    tx: &mut Transaction<'_, Any>,
    game_id: i64,
    question: u32,
    answers: &[SavedAnswer<'_>],
) -> Result<(), sqlx::Error> {
    for chunk in answers.chunks(BATCH) {
        let mut sql = String::from(
            "INSERT INTO live_answers (game_id, question, player_no, choice, credit, response_ms, \
             points, correct) VALUES ",
        );
        sql.push_str(&values(chunk.len(), 8));
        sql.push_str(" ON CONFLICT (game_id, question, player_no) DO NOTHING");
        let mut q = sqlx::query(&sql);
        for a in chunk {
            q = q
                .bind(game_id)
                .bind(i64::from(question))
                .bind(a.player_no as i64)
                .bind(a.given.choice.to_string())
                .bind(a.given.credit)
                .bind(a.given.response_ms as i64)
                .bind(i64::from(a.points))
                .bind(i64::from(a.correct));
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PlayerRow {
    pub player_no: i64,
    pub name: String,
    pub user_id: Option<i64>,
    pub score: i64,
    pub correct: i64,
    pub total_ms: i64,
    pub kicked: i64,
}

/// A game's players in join order.
pub async fn players<'e>(
    ex: impl sqlx::Executor<'e, Database = Any>,
    game_id: i64,
) -> Result<Vec<PlayerRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT player_no, name, user_id, score, correct, total_ms, kicked FROM live_players \
         WHERE game_id = $1 ORDER BY player_no",
    )
    .bind(game_id)
    .fetch_all(ex)
    .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AnswerCount {
    pub question: i64,
    pub answered: i64,
    pub correct: i64,
    pub avg_ms: Option<f64>,
}

/// Per question: how many answered, how many right, the mean response time.
pub async fn answer_counts<'e>(
    ex: impl sqlx::Executor<'e, Database = Any>,
    game_id: i64,
) -> Result<Vec<AnswerCount>, sqlx::Error> {
    sqlx::query_as(
        "SELECT question, COUNT(*) AS answered, CAST(SUM(correct) AS BIGINT) AS correct, \
         CAST(AVG(response_ms) AS DOUBLE PRECISION) AS avg_ms FROM live_answers \
         WHERE game_id = $1 GROUP BY question ORDER BY question",
    )
    .bind(game_id)
    .fetch_all(ex)
    .await
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SavedPlayer {
    pub player_no: i64,
    pub name: String,
    pub name_key: String,
    pub user_id: Option<i64>,
    pub resume_hash: String,
    pub score: i64,
    pub streak: i64,
    pub correct: i64,
    pub total_ms: i64,
    pub kicked: i64,
}

/// Everything saved of a game's players, to go on after a restart.
pub async fn saved_players<'e>(
    ex: impl sqlx::Executor<'e, Database = Any>,
    game_id: i64,
) -> Result<Vec<SavedPlayer>, sqlx::Error> {
    sqlx::query_as(
        "SELECT player_no, name, name_key, user_id, resume_hash, score, streak, correct, \
         total_ms, kicked FROM live_players WHERE game_id = $1 ORDER BY player_no",
    )
    .bind(game_id)
    .fetch_all(ex)
    .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_number_every_value_of_every_row() {
        assert_eq!(super::values(2, 3), "($1, $2, $3),($4, $5, $6)");
        assert_eq!(super::values(1, 1), "($1)");
    }
}
