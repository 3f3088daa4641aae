//! Where a learner stands in an alphabet: stars per card and activity, which cards are learned,
//! mastered and open.

use std::collections::HashMap;

use serde::Serialize;

use crate::scoring::Activity;
use crate::store::ProgressRow;
use alphabets::Alphabet;

/// A learner's state on one card.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CardState {
    pub card_id: String,
    /// Best stars per activity played.
    pub stars: HashMap<&'static str, i64>,
    /// Activities skipped because the learner's device had no voice for them; a skipped
    /// activity counts as done for learning and mastering, without stars.
    pub skipped: Vec<&'static str>,
    /// Sum of the best stars of the five required activities (0–15).
    pub total: i64,
    /// Every required activity has at least one star (or was skipped).
    pub learned: bool,
    /// Every required activity has at least two stars (or was skipped).
    pub mastered: bool,
    /// The first card, a learned card, or the one after a learned card.
    pub unlocked: bool,
    pub last_seen: Option<i64>,
}

impl CardState {
    pub fn stars_of(&self, activity: &str) -> i64 {
        self.stars.get(activity).copied().unwrap_or(0)
    }
}

/// States of every card of an alphabet, in card order.
pub fn card_states(alphabet: &Alphabet, rows: &[ProgressRow]) -> Vec<CardState> {
    let mut by_card: HashMap<&str, Vec<&ProgressRow>> = HashMap::new();
    for r in rows {
        by_card.entry(r.card_id.as_str()).or_default().push(r);
    }
    let mut states: Vec<CardState> = alphabet
        .cards
        .iter()
        .map(|card| {
            let rows = by_card
                .get(card.id.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let mut stars = HashMap::new();
            let mut skipped = Vec::new();
            for r in rows {
                if let Some(a) = Activity::parse(&r.activity) {
                    stars.insert(a.as_str(), r.best_stars);
                    if r.skipped != 0 && a.skippable() {
                        skipped.push(a.as_str());
                    }
                }
            }
            skipped.sort_unstable();
            // (best stars, skipped) of each required activity.
            let required: Vec<(i64, bool)> = Activity::REQUIRED
                .iter()
                .map(|a| {
                    let s = stars.get(a.as_str()).copied().unwrap_or(0);
                    (s, skipped.contains(&a.as_str()))
                })
                .collect();
            CardState {
                card_id: card.id.clone(),
                total: required.iter().map(|(s, _)| s).sum(),
                learned: required.iter().all(|(s, skip)| *s >= 1 || *skip),
                mastered: required.iter().all(|(s, skip)| *s >= 2 || *skip),
                skipped,
                stars,
                unlocked: false,
                last_seen: rows.iter().map(|r| r.updated_at).max(),
            }
        })
        .collect();
    for i in 0..states.len() {
        states[i].unlocked = i == 0 || states[i].learned || states[i - 1].learned;
    }
    states
}

/// Cards to bring back: open cards with the fewest stars, then the longest unseen.
pub fn review(states: &[CardState], limit: usize) -> Vec<&CardState> {
    let mut open: Vec<&CardState> = states
        .iter()
        .filter(|s| s.unlocked && s.last_seen.is_some())
        .collect();
    open.sort_by_key(|s| (s.total, s.last_seen.unwrap_or(0)));
    open.truncate(limit);
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use alphabets::CONTENT;

    fn row(card: &str, activity: &str, stars: i64, at: i64) -> ProgressRow {
        ProgressRow {
            card_id: card.into(),
            activity: activity.into(),
            best_stars: stars,
            updated_at: at,
            skipped: 0,
        }
    }

    #[test]
    fn a_card_is_learned_when_every_activity_has_a_star_and_opens_the_next() {
        let uz = CONTENT.alphabet("uz").unwrap();
        let first = &uz.cards[0].id;
        let mut rows: Vec<ProgressRow> = Activity::REQUIRED
            .iter()
            .take(4)
            .map(|a| row(first, a.as_str(), 3, 1))
            .collect();
        let s = card_states(uz, &rows);
        assert!(s[0].unlocked && !s[0].learned && !s[1].unlocked);
        rows.push(row(first, "listen_choose", 1, 2));
        let s = card_states(uz, &rows);
        assert!(s[0].learned && !s[0].mastered && s[1].unlocked && !s[2].unlocked);
        assert_eq!(s[0].total, 13);
    }

    #[test]
    fn a_skipped_listening_activity_counts_as_done_but_a_skipped_trace_does_not() {
        let uz = CONTENT.alphabet("uz").unwrap();
        let first = &uz.cards[0].id;
        let mut rows: Vec<ProgressRow> = ["trace", "find", "first_sound"]
            .iter()
            .map(|a| row(first, a, 3, 1))
            .collect();
        rows.push(ProgressRow {
            skipped: 1,
            ..row(first, "listen", 0, 2)
        });
        let s = card_states(uz, &rows);
        assert!(!s[0].learned, "listen_choose is still missing");
        rows.push(ProgressRow {
            skipped: 1,
            ..row(first, "listen_choose", 0, 3)
        });
        let s = card_states(uz, &rows);
        assert!(s[0].learned && s[0].mastered && s[1].unlocked);
        assert_eq!(s[0].skipped, vec!["listen", "listen_choose"]);
        assert_eq!(s[0].total, 9);
        rows[0].best_stars = 0;
        rows[0].skipped = 1;
        assert!(
            !card_states(uz, &rows)[0].learned,
            "tracing cannot be skipped"
        );
    }

    #[test]
    fn review_brings_back_weak_and_old_cards_first() {
        let uz = CONTENT.alphabet("uz").unwrap();
        let (a, b) = (&uz.cards[0].id, &uz.cards[1].id);
        let mut rows: Vec<ProgressRow> = Activity::REQUIRED
            .iter()
            .map(|x| row(a, x.as_str(), 3, 10))
            .collect();
        rows.push(row(b, "listen", 1, 20));
        let s = card_states(uz, &rows);
        let r = review(&s, 5);
        assert_eq!(
            r.iter().map(|c| c.card_id.as_str()).collect::<Vec<_>>(),
            vec![b.as_str(), a.as_str()]
        );
    }
}
