//! Text normalisation shared by every part.

/// Characters people type for the Uzbek apostrophes.
const APOSTROPHES: [char; 6] = ['\'', '\u{2018}', '\u{2019}', '`', '\u{02BB}', '\u{02BC}'];

/// Writes Uzbek apostrophes the way DESIGN.md asks: U+02BB (ʻ) after O/G in Oʻ and Gʻ,
/// U+02BC (ʼ, the tutuq belgisi) everywhere else. Typed `'`, `‘`, `’` and `` ` `` are accepted.
pub fn normalize_uzbek(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut prev: Option<char> = None;
    for c in input.chars() {
        let c = if APOSTROPHES.contains(&c) {
            if matches!(prev, Some('o' | 'O' | 'g' | 'G')) {
                '\u{02BB}'
            } else {
                '\u{02BC}'
            }
        } else {
            c
        };
        out.push(c);
        prev = Some(c);
    }
    out
}

/// Trims, folds runs of whitespace into one space and drops control characters.
pub fn clean_line(input: &str) -> String {
    input
        .split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uzbek_apostrophes_are_normalised() {
        assert_eq!(normalize_uzbek("O'zbekiston"), "O\u{02BB}zbekiston");
        assert_eq!(normalize_uzbek("g‘isht"), "g\u{02BB}isht");
        assert_eq!(normalize_uzbek("ma'no"), "ma\u{02BC}no");
        assert_eq!(normalize_uzbek("Ta`lim"), "Ta\u{02BC}lim");
        assert_eq!(normalize_uzbek("bog’"), "bog\u{02BB}");
    }

    #[test]
    fn lines_are_cleaned() {
        assert_eq!(clean_line("  Ali \t  Valiyev\u{0007} "), "Ali Valiyev");
    }
}
