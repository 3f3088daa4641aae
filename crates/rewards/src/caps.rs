//! Daily caps on coins per reward source, so no activity can be farmed without end.

/// Caps that hold unless `ALIF24_COIN_CAPS` overrides them. Sources not listed are uncapped.
pub const DEFAULT_CAPS: &[(&str, i64)] = &[
    ("harf.card_learned", 100),
    ("harf.alphabet_done", 300),
    ("exams.assignment_done", 300),
    ("games.win", 150),
    ("live.game", 60),
    ("games.2048", 20),
    ("games.math-monster", 40),
    ("games.tetris", 20),
    ("games.memory", 20),
    ("games.simon", 20),
    ("games.fruit-math", 30),
    ("games.flash", 20),
    ("games.dictation", 20),
    ("games.matchstick", 40),
    ("games.syllables", 30),
    ("games.hidden-word", 20),
    ("kids.reading", 100),
];

/// The daily cap of a source, if it has one.
pub fn cap_for(overrides: &[(String, i64)], source: &str) -> Option<i64> {
    overrides
        .iter()
        .find(|(s, _)| s == source)
        .map(|(_, c)| *c)
        .or_else(|| {
            DEFAULT_CAPS
                .iter()
                .find(|(s, _)| *s == source)
                .map(|(_, c)| *c)
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn overrides_win_over_defaults() {
        let o = vec![("harf.card_learned".to_string(), 10)];
        assert_eq!(super::cap_for(&o, "harf.card_learned"), Some(10));
        assert_eq!(super::cap_for(&o, "games.win"), Some(150));
        assert_eq!(super::cap_for(&o, "olimp.prize"), None);
    }
}
