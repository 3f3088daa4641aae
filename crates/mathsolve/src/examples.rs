//! Problems the engine can solve, one per kind family, in each language.

use crate::Lang;

/// Example problems the engine can solve, one per kind family (the list [`crate::Unsupported`] carries).
pub fn examples(lang: Lang) -> Vec<String> {
    let list: [&str; 10] = match lang {
        Lang::Uz => [
            "47 + 24",
            "23 × 14",
            "84 : 4",
            "(8 − 3) × 2 + 10 : 5",
            "3/4 ? 2/3",
            "1/2 + 1/3",
            "3,2 − 1,75",
            "150 ning 20%i",
            "1 soat 15 daqiqa = ? daqiqa",
            "2x + 3 = 11",
        ],
        Lang::Ru => [
            "47 + 24",
            "23 × 14",
            "84 : 4",
            "(8 − 3) × 2 + 10 : 5",
            "3/4 ? 2/3",
            "1/2 + 1/3",
            "3,2 − 1,75",
            "20% от 150",
            "1 ч 15 мин = ? мин",
            "2x + 3 = 11",
        ],
        Lang::En => [
            "47 + 24",
            "23 × 14",
            "84 ÷ 4",
            "(8 − 3) × 2 + 10 ÷ 5",
            "3/4 ? 2/3",
            "1/2 + 1/3",
            "3.2 − 1.75",
            "20% of 150",
            "1 h 15 min = ? min",
            "2x + 3 = 11",
        ],
    };
    list.iter().map(|s| s.to_string()).collect()
}
