//! Levels from XP, and calendar days in Tashkent for caps and streaks.

/// Level = ⌊√(xp / 100)⌋ + 1: 0–99 XP is level 1, 100–399 level 2, 400–899 level 3.
pub fn level(xp: i64) -> i64 {
    let q = xp.max(0) / 100;
    let mut r = (q as f64).sqrt() as i64;
    while r * r > q {
        r -= 1;
    }
    while (r + 1) * (r + 1) <= q {
        r += 1;
    }
    r + 1
}

/// XP needed to reach the level after `level`.
pub fn xp_for_next(level: i64) -> i64 {
    level * level * 100
}

/// The Tashkent calendar day of a moment, as days since 1970-01-01.
pub fn day_number(ms: i64) -> i64 {
    (ms + 5 * 3_600_000).div_euclid(86_400_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_the_square_root_rule() {
        assert_eq!(level(0), 1);
        assert_eq!(level(99), 1);
        assert_eq!(level(100), 2);
        assert_eq!(level(399), 2);
        assert_eq!(level(400), 3);
        assert_eq!(level(899), 3);
        assert_eq!(level(900), 4);
        assert_eq!(level(1_000_000), 101);
        assert_eq!(xp_for_next(1), 100);
        assert_eq!(xp_for_next(2), 400);
    }

    #[test]
    fn days_turn_at_tashkent_midnight() {
        // 2026-09-01 18:59 UTC is 23:59 in Tashkent; a minute later it is the next day.
        let before = 1_788_289_140_000;
        assert_eq!(day_number(before) + 1, day_number(before + 60_000));
    }
}
