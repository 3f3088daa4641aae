//! Stars from an activity's result. The page computes the same stars for instant praise
//! (web/js/harf/scoring.js); the server's count is the one stored. Both are checked against
//! the shared vectors in web/js/harf/scoring-vectors.json.

use serde::Deserialize;

/// The five activities of a card, plus speaking when speech recognition is configured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    Listen,
    Trace,
    Find,
    FirstSound,
    ListenChoose,
    Say,
}

impl Activity {
    /// The activities a card needs at least one star in to count as learned.
    pub const REQUIRED: [Activity; 5] = [
        Activity::Listen,
        Activity::Trace,
        Activity::Find,
        Activity::FirstSound,
        Activity::ListenChoose,
    ];

    /// The listening activities, which a device without any voice skips (they cannot be
    /// played without sound, and their prompts must not be shown as text).
    pub fn skippable(self) -> bool {
        matches!(self, Activity::Listen | Activity::ListenChoose)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Activity::Listen => "listen",
            Activity::Trace => "trace",
            Activity::Find => "find",
            Activity::FirstSound => "first_sound",
            Activity::ListenChoose => "listen_choose",
            Activity::Say => "say",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Listen,
            Self::Trace,
            Self::Find,
            Self::FirstSound,
            Self::ListenChoose,
            Self::Say,
        ]
        .into_iter()
        .find(|a| a.as_str() == s)
    }
}

/// What the page reports when an activity ends.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ActivityResult {
    /// Listen: the letter and every word were played to the end.
    pub completed: Option<bool>,
    /// Trace: share of the letter's guide covered by ink, 0–1.
    pub coverage: Option<f64>,
    /// Trace: share of the ink that fell outside the guide, 0–1.
    pub outside: Option<f64>,
    /// Choice activities and saying: right answers and rounds played.
    pub correct: Option<i64>,
    pub total: Option<i64>,
}

/// Stars 0–3, or `None` when the result does not make sense for the activity.
pub fn stars(activity: Activity, r: &ActivityResult) -> Option<i64> {
    match activity {
        Activity::Listen => r.completed.map(|done| if done { 3 } else { 0 }),
        Activity::Trace => {
            let (c, o) = (r.coverage?, r.outside?);
            if !(0.0..=1.0).contains(&c) || !(0.0..=1.0).contains(&o) {
                return None;
            }
            Some(if c >= 0.8 && o <= 0.2 {
                3
            } else if c >= 0.6 && o <= 0.35 {
                2
            } else if c >= 0.4 && o <= 0.5 {
                1
            } else {
                0
            })
        }
        Activity::Find | Activity::FirstSound | Activity::ListenChoose | Activity::Say => {
            let (correct, total) = (r.correct?, r.total?);
            if !(1..=20).contains(&total) || !(0..=total).contains(&correct) {
                return None;
            }
            Some(if correct == total {
                3
            } else if correct * 4 >= total * 3 {
                2
            } else if correct * 2 >= total {
                1
            } else {
                0
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Vector {
        activity: String,
        result: serde_json::Value,
        stars: Option<i64>,
    }

    #[test]
    fn stars_match_the_vectors_shared_with_the_page() {
        let vectors: Vec<Vector> =
            serde_json::from_str(include_str!("../../../web/js/harf/scoring-vectors.json"))
                .expect("vectors parse");
        assert!(vectors.len() >= 20);
        for v in vectors {
            let activity = Activity::parse(&v.activity).expect("known activity");
            let result: ActivityResult =
                serde_json::from_value(v.result.clone()).expect("result shape");
            assert_eq!(
                stars(activity, &result),
                v.stars,
                "{} {}",
                v.activity,
                v.result
            );
        }
    }
}
