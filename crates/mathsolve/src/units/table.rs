//! The units known, with their spellings in Uzbek, Russian and English, and their sizes.

/// What a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dim {
    Length,
    Mass,
    Time,
    Money,
}

/// Spellings, what they measure, and the size in the smallest unit (mm, g, s, soʻm).
const TABLE: &[(&[&str], Dim, i128)] = &[
    (&["mm", "мм"], Dim::Length, 1),
    (&["cm", "sm", "см"], Dim::Length, 10),
    (&["dm", "дм"], Dim::Length, 100),
    (&["m", "м"], Dim::Length, 1000),
    (&["km", "км"], Dim::Length, 1_000_000),
    (&["g", "gr", "г"], Dim::Mass, 1),
    (&["kg", "кг"], Dim::Mass, 1000),
    (&["sentner", "ц", "центнер"], Dim::Mass, 100_000),
    (&["t", "т", "tonna", "тонна"], Dim::Mass, 1_000_000),
    (&["s", "sek", "soniya", "с", "сек"], Dim::Time, 1),
    (&["min", "daq", "daqiqa", "мин"], Dim::Time, 60),
    (&["h", "soat", "ч", "час"], Dim::Time, 3600),
    (&["kun", "sutka", "сут", "сутки", "day"], Dim::Time, 86_400),
    (&["soʻm", "som", "sum", "сум"], Dim::Money, 1),
];

/// What a spelling measures and its size, `None` for an unknown word.
pub(crate) fn lookup(word: &str) -> Option<(Dim, i128)> {
    TABLE
        .iter()
        .find(|(names, _, _)| names.contains(&word))
        .map(|&(_, dim, size)| (dim, size))
}
