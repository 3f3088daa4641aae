//! What a game writes to the database, at its start, each time a question closes and at its
//! end. A failed write is logged and the game goes on: the players keep playing, and the next
//! save carries the totals again.

use kernel::AppState;

use crate::game::{Game, Outcome};
use crate::store;
use crate::store_play::{self, SavedAnswer};

pub struct Saver {
    pub state: AppState,
    pub game_id: i64,
}

impl Saver {
    pub async fn started(&self) {
        let now = self.state.now_ms();
        let done = store::set_state(self.state.db.pool(), self.game_id, "running", 0, now).await;
        self.log(done, "start");
    }

    /// Question `n` closed with these outcomes (none saved for a skipped question).
    pub async fn closed(&self, game: &Game, n: u32, skip: bool, outcomes: &[Outcome]) {
        let done = self.save(game, n, skip, outcomes, "running").await;
        self.log(done, "question");
    }

    pub async fn over(&self, game: &Game, closed: u32) {
        let now = self.state.now_ms();
        let done = async {
            let mut tx = self.state.db.begin().await?;
            store_play::save_players(&mut tx, self.game_id, &game.players, now).await?;
            store::set_state(&mut *tx, self.game_id, "over", i64::from(closed), now).await?;
            tx.commit().await
        }
        .await;
        self.log(done, "end");
    }

    async fn save(
        &self,
        game: &Game,
        n: u32,
        skip: bool,
        outcomes: &[Outcome],
        state: &str,
    ) -> Result<(), sqlx::Error> {
        let now = self.state.now_ms();
        let mut tx = self.state.db.begin().await?;
        store_play::save_players(&mut tx, self.game_id, &game.players, now).await?;
        if !skip {
            let given = game.given();
            let answers: Vec<SavedAnswer> = outcomes
                .iter()
                .filter_map(|o| {
                    given.get(&o.player_id).map(|g| SavedAnswer {
                        player_no: o.player_id,
                        given: g,
                        points: o.points,
                        correct: o.correct,
                    })
                })
                .collect();
            store_play::save_answers(&mut tx, self.game_id, n, &answers).await?;
        }
        store::set_state(&mut *tx, self.game_id, state, i64::from(n) + 1, now).await?;
        tx.commit().await
    }

    fn log(&self, done: Result<(), sqlx::Error>, what: &str) {
        if let Err(e) = done {
            tracing::warn!(game.id = self.game_id, error = %e, "live: saving the game failed at {what}");
        }
    }
}
