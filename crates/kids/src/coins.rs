//! Coins for a reading, by the predecessor's rules: reading speed 10 (60+ words a minute),
//! 5 (40+) or 2; the quiz 15 (80 %+), 8 (50 %+) or 3. Daily cap `kids.reading` in rewards.

/// The reward source of readings (its daily cap is in `rewards::caps`).
pub const SOURCE: &str = "kids.reading";

/// Words a minute, from the words read and the time taken; None for no time.
pub fn wpm(words: i64, read_ms: i64) -> Option<i64> {
    (read_ms > 0).then(|| (words * 60_000 + read_ms / 2) / read_ms)
}

/// Coins for reading at `wpm` (None: the story was only listened to, nothing for speed).
pub fn for_speed(wpm: Option<i64>) -> i64 {
    match wpm {
        None => 0,
        Some(w) if w >= 60 => 10,
        Some(w) if w >= 40 => 5,
        Some(_) => 2,
    }
}

/// Coins for a quiz score in per cent (None: no questions answered).
pub fn for_quiz(score: Option<i64>) -> i64 {
    match score {
        None => 0,
        Some(s) if s >= 80 => 15,
        Some(s) if s >= 50 => 8,
        Some(_) => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speed_and_quiz_pay_by_the_thresholds() {
        assert_eq!(wpm(120, 120_000), Some(60));
        assert_eq!(wpm(100, 0), None);
        assert_eq!(for_speed(Some(60)), 10);
        assert_eq!(for_speed(Some(59)), 5);
        assert_eq!(for_speed(Some(40)), 5);
        assert_eq!(for_speed(Some(39)), 2);
        assert_eq!(for_speed(None), 0);
        assert_eq!(for_quiz(Some(80)), 15);
        assert_eq!(for_quiz(Some(79)), 8);
        assert_eq!(for_quiz(Some(50)), 8);
        assert_eq!(for_quiz(Some(0)), 3);
        assert_eq!(for_quiz(None), 0);
    }
}
