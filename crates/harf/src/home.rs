//! Harf's tiles on a child's home page: the letters (the alphabet they play, or the one of
//! their language), "continue" to the card where they stopped, and today's goal of two cards.

use kernel::auth::{BoxFuture, Principal};
use kernel::home::{HomeTile, HomeTiles};
use kernel::i18n::Tr;
use kernel::{AppResult, AppState};

use crate::progress::card_states;
use crate::store::{self, ProgressRow};
use alphabets::{Alphabet, Card, CONTENT};

/// Cards a day's goal asks for: practising two letters is a short, doable session.
pub const DAILY_GOAL_CARDS: usize = 2;

/// Where a learner stands, for the home page.
#[derive(Debug)]
pub struct HomePlan {
    pub alphabet: &'static Alphabet,
    /// The first open card not yet learned, when the learner has started this alphabet.
    pub next: Option<&'static Card>,
    /// Different cards practised today (Tashkent day), in any alphabet.
    pub today: usize,
}

/// The alphabet last played (else the one of the interface language), its next card, and
/// today's count. Pure, so the rules are tested without a database.
pub fn plan(rows: &[ProgressRow], lang: &str, now_ms: i64) -> HomePlan {
    let last = rows
        .iter()
        .filter(|r| CONTENT.card(&r.card_id).is_some())
        .max_by_key(|r| r.updated_at);
    let alphabet = last
        .and_then(|r| CONTENT.card(&r.card_id).map(|(a, _, _)| a))
        .or_else(|| CONTENT.alphabet(lang))
        .unwrap_or(&CONTENT.alphabets[0]);
    let next = last.and_then(|_| {
        let prefix = format!("{}-", alphabet.alphabet);
        let mine: Vec<ProgressRow> = rows
            .iter()
            .filter(|r| r.card_id.starts_with(&prefix))
            .cloned()
            .collect();
        let states = card_states(alphabet, &mine);
        let i = states.iter().position(|s| s.unlocked && !s.learned)?;
        Some(&alphabet.cards[i])
    });
    let today_n = rewards::level::day_number(now_ms);
    let mut today: Vec<&str> = rows
        .iter()
        .filter(|r| rewards::level::day_number(r.updated_at) == today_n)
        .map(|r| r.card_id.as_str())
        .collect();
    today.sort_unstable();
    today.dedup();
    HomePlan {
        alphabet,
        next,
        today: today.len(),
    }
}

/// The tiles of a plan, in the child's language.
pub fn tiles(plan: &HomePlan, tr: &Tr) -> Vec<HomeTile> {
    let a = plan.alphabet;
    let title = a.title_in(&tr.lang).to_string();
    let letters_href = format!("/harf/{}", a.alphabet);
    let mut out = vec![HomeTile {
        kind: "letters",
        picture: "🔤".into(),
        label: tr.t("home-harf-letters"),
        detail: Some(title.clone()),
        say: tr.ta("home-harf-letters-say", &[("alphabet", title)]),
        href: letters_href.clone(),
        order: 50,
        urgent: false,
    }];
    let next_href = plan.next.map(|c| format!("/harf/{}/{}", a.alphabet, c.id));
    if let (Some(card), Some(href)) = (plan.next, &next_href) {
        let letter = || vec![("letter", card.upper.clone())];
        out.push(HomeTile {
            kind: "harf-continue",
            picture: card.emoji.clone(),
            label: tr.t("home-harf-continue"),
            detail: Some(tr.ta("home-harf-continue-detail", &letter())),
            say: tr.ta("home-harf-continue-say", &letter()),
            href: href.clone(),
            order: 10,
            urgent: false,
        });
    }
    let counts = [
        ("done", plan.today.min(DAILY_GOAL_CARDS).to_string()),
        ("goal", DAILY_GOAL_CARDS.to_string()),
    ];
    let met = plan.today >= DAILY_GOAL_CARDS;
    out.push(HomeTile {
        kind: "harf-goal",
        picture: if met { "🏆" } else { "🎯" }.into(),
        label: tr.t("home-harf-goal"),
        detail: Some(tr.ta("home-harf-goal-detail", &counts)),
        say: if met {
            tr.t("home-harf-goal-met-say")
        } else {
            tr.ta("home-harf-goal-say", &counts)
        },
        href: next_href.unwrap_or(letters_href),
        order: 20,
        urgent: false,
    });
    out
}

/// Harf as a source of home tiles.
pub struct HarfHome;

impl HomeTiles for HarfHome {
    fn tiles<'a>(
        &'a self,
        state: &'a AppState,
        child: &'a Principal,
        tr: &'a Tr,
    ) -> BoxFuture<'a, AppResult<Vec<HomeTile>>> {
        Box::pin(async move {
            let rows = store::for_user(state.db.pool(), child.id).await?;
            let plan = plan(&rows, tr.lang.code(), state.now_ms());
            Ok(tiles(&plan, tr))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(card: &str, activity: &str, at: i64) -> ProgressRow {
        ProgressRow {
            card_id: card.into(),
            activity: activity.into(),
            best_stars: 3,
            updated_at: at,
            skipped: 0,
        }
    }

    #[test]
    fn a_new_learner_gets_the_alphabet_of_their_language_and_no_next_card() {
        let p = plan(&[], "ru", 0);
        assert_eq!(p.alphabet.alphabet, "ru");
        assert!(p.next.is_none());
        assert_eq!(p.today, 0);
    }

    #[test]
    fn the_last_played_alphabet_wins_and_today_counts_cards_not_plays() {
        let day = 86_400_000;
        let now = 100 * day;
        let rows = vec![
            row("uz-a", "listen", now - 3 * day),
            row("en-a", "listen", now - 1000),
            row("en-a", "trace", now - 500),
            row("ru-a", "find", now - 2 * day),
        ];
        let p = plan(&rows, "uz", now);
        assert_eq!(p.alphabet.alphabet, "en");
        assert_eq!(p.next.map(|c| c.id.as_str()), Some("en-a"));
        assert_eq!(p.today, 1);
    }
}
