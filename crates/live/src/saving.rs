//! What a game writes to the database, at its start, each time a question closes and at its
//! end. A failed write is logged and the game goes on: the players keep playing, and the next
//! save carries the totals again.

use std::collections::HashMap;

use kernel::db::Tx;
use kernel::{AppError, AppResult, AppState};

use crate::game::{Game, Outcome};
use crate::store;
use crate::store_play::{self, SavedAnswer};

pub struct Saver {
    pub state: AppState,
    pub game_id: i64,
    /// This process's claim on the game (see `registry`).
    pub owner: String,
}

impl Saver {
    /// Renews this process's claim on the game; false when another process holds it now.
    pub async fn renew(&self) -> bool {
        let now = self.state.now_ms();
        let until = now + crate::registry::LEASE_MS;
        match store::claim(self.state.db.pool(), self.game_id, &self.owner, now, until).await {
            Ok(held) => held,
            Err(e) => {
                // The database did not answer: keep the game and try again.
                tracing::warn!(game.id = self.game_id, error = %e, "live: renewing the claim failed");
                true
            }
        }
    }

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

    /// The game is over: saved, and signed-in children paid (see [`coins_for`]); returns
    /// the coins paid by player id.
    pub async fn over(&self, game: &Game, closed: u32) -> HashMap<u64, i64> {
        let now = self.state.now_ms();
        let done = async {
            let mut tx = self.state.db.begin().await?;
            store_play::save_players(&mut tx, self.game_id, &game.players, now).await?;
            store::set_state(&mut *tx, self.game_id, "over", i64::from(closed), now).await?;
            let paid = self.pay(&mut tx, game, now).await?;
            tx.commit().await?;
            Ok::<_, AppError>(paid)
        }
        .await;
        match done {
            Ok(paid) => paid,
            Err(e) => {
                tracing::warn!(game.id = self.game_id, error = %e, "live: saving the game failed at the end");
                HashMap::new()
            }
        }
    }

    /// Coins for each signed-in child who answered something right, once per game.
    async fn pay(&self, tx: &mut Tx, game: &Game, now: i64) -> AppResult<HashMap<u64, i64>> {
        let places = game.places();
        let mut paid = HashMap::new();
        for (p, place) in game.players.iter().zip(places) {
            let (Some(user_id), false) = (p.user_id, p.kicked) else {
                continue;
            };
            let amount = coins_for(p.correct, place);
            if amount == 0 {
                continue;
            }
            let key = format!("live:{}:{user_id}", self.game_id);
            let award = rewards::Award {
                user_id,
                amount,
                source: "live.game",
                reference: &self.game_id.to_string(),
                key: &key,
            };
            let caps = &self.state.config.coin_caps;
            if let rewards::Outcome::Paid(n) =
                rewards::service::award_in(tx, caps, now, &award).await?
            {
                paid.insert(p.id, n);
            }
        }
        Ok(paid)
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

/// A game's coins for a child: 2 per right answer, and 10, 6 or 3 more for the podium, but
/// nothing without a right answer (the daily cap of `live.game` applies on top).
pub fn coins_for(correct: u32, place: u32) -> i64 {
    if correct == 0 {
        return 0;
    }
    let podium = match place {
        1 => 10,
        2 => 6,
        3 => 3,
        _ => 0,
    };
    i64::from(correct) * 2 + podium
}

#[cfg(test)]
mod tests {
    #[test]
    fn coins_pay_right_answers_and_the_podium_but_not_a_place_alone() {
        assert_eq!(super::coins_for(5, 1), 20);
        assert_eq!(super::coins_for(3, 3), 9);
        assert_eq!(super::coins_for(4, 7), 8);
        assert_eq!(super::coins_for(0, 1), 0);
    }
}
