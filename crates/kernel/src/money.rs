//! Money: an exact integer number of tiyin (1 soʻm = 100 tiyin), parsed from what people type
//! and shown in each interface language's number format.
//!
//! Amounts never pass through floating point. Serialised as a plain integer of tiyin, so the API
//! and the database (an `INTEGER`/`BIGINT` column) hold the same number.

use serde::{Deserialize, Serialize};

use crate::error::FieldError;
use crate::i18n::Lang;

/// Tiyin in one soʻm.
pub const TIYIN_PER_SOM: i64 = 100;

/// An amount of Uzbek soʻm, held as integer tiyin. May be negative (a refund, a debt).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(i64);

/// Why typed text is not an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParseMoneyError {
    #[error("no amount given")]
    Empty,
    #[error("not an amount of soʻm")]
    Invalid,
    #[error("amount too large")]
    TooLarge,
}

impl ParseMoneyError {
    /// The form/API field problem for this error (Fluent key `money-invalid`).
    pub fn field(self, field: &str) -> FieldError {
        match self {
            ParseMoneyError::Empty => FieldError::new(field, "field-required"),
            _ => FieldError::new(field, "money-invalid"),
        }
    }
}

impl Money {
    pub const ZERO: Money = Money(0);

    pub const fn from_tiyin(tiyin: i64) -> Self {
        Money(tiyin)
    }

    /// Whole soʻm; `None` if it does not fit.
    pub fn from_som(som: i64) -> Option<Self> {
        som.checked_mul(TIYIN_PER_SOM).map(Money)
    }

    pub const fn tiyin(self) -> i64 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).map(Money)
    }

    /// The amount times a whole number (a price times a quantity or a number of months).
    pub fn checked_mul(self, n: i64) -> Option<Money> {
        self.0.checked_mul(n).map(Money)
    }

    /// Parses a non-negative amount as people type it: `15000`, `15 000`, `15 000,50`,
    /// `15,000`, `15000.5`, `15 000 soʻm`, `15000 сум`, `UZS 15,000`. A comma or dot followed by
    /// one or two digits at the end is the decimal mark; followed by three digits, a thousands
    /// separator.
    pub fn parse(input: &str) -> Result<Money, ParseMoneyError> {
        let text = strip_currency(input.trim());
        if text.is_empty() {
            return Err(ParseMoneyError::Empty);
        }
        let (whole, fraction, decimal_mark) = split_fraction(text);
        let som = parse_grouped(whole, decimal_mark)?;
        let tiyin = match fraction.len() {
            0 => 0,
            1 => i64::from(fraction.as_bytes()[0] - b'0') * 10,
            _ => fraction
                .parse::<i64>()
                .map_err(|_| ParseMoneyError::Invalid)?,
        };
        som.checked_mul(TIYIN_PER_SOM)
            .and_then(|t| t.checked_add(tiyin))
            .map(Money)
            .ok_or(ParseMoneyError::TooLarge)
    }

    /// The amount as shown to a reader of `lang`: `15 000 soʻm`, `15 000 сум`, `UZS 15,000`;
    /// tiyin appear only when there are some (`15 000,50 soʻm`, `UZS 15,000.50`).
    pub fn format(self, lang: Lang) -> String {
        let (group, decimal) = match lang {
            Lang::Uz | Lang::Ru => (' ', ','),
            Lang::En => (',', '.'),
        };
        let abs = self.0.unsigned_abs();
        let som = abs / TIYIN_PER_SOM as u64;
        let tiyin = abs % TIYIN_PER_SOM as u64;
        let mut number = group_thousands(som, group);
        if tiyin != 0 {
            number.push(decimal);
            number.push_str(&format!("{tiyin:02}"));
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        match lang {
            Lang::Uz => format!("{sign}{number} soʻm"),
            Lang::Ru => format!("{sign}{number} сум"),
            Lang::En => format!("{sign}UZS {number}"),
        }
    }
}

/// Splits `15 000,50` into `15 000`, `50` and the decimal mark `,`; a text without one or two
/// digits after its last comma or dot has no fraction.
fn split_fraction(text: &str) -> (&str, &str, Option<char>) {
    if let Some(pos) = text.rfind([',', '.']) {
        let after = &text[pos + 1..];
        let before_is_digit = text[..pos].ends_with(|c: char| c.is_ascii_digit());
        if (1..=2).contains(&after.len())
            && after.bytes().all(|b| b.is_ascii_digit())
            && before_is_digit
        {
            return (&text[..pos], after, text[pos..].chars().next());
        }
    }
    (text, "", None)
}

/// Whole soʻm written plainly (`15000`) or in groups of three with one kind of separator
/// (`15 000`, `15,000`, `1.000.000`), which must differ from the decimal mark.
fn parse_grouped(whole: &str, decimal_mark: Option<char>) -> Result<i64, ParseMoneyError> {
    let mut separator: Option<char> = None;
    let mut groups: Vec<String> = vec![String::new()];
    for c in whole.chars() {
        if c.is_ascii_digit() {
            if let Some(group) = groups.last_mut() {
                group.push(c);
            }
            continue;
        }
        let kind = if is_group_space(c) {
            ' '
        } else if c == ',' || c == '.' {
            c
        } else {
            return Err(ParseMoneyError::Invalid);
        };
        if separator.is_some_and(|s| s != kind) || decimal_mark == Some(kind) {
            return Err(ParseMoneyError::Invalid);
        }
        separator = Some(kind);
        groups.push(String::new());
    }
    let first_ok = (1..=3).contains(&groups[0].len()) || groups.len() == 1;
    if groups[0].is_empty() || !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
        return Err(ParseMoneyError::Invalid);
    }
    groups
        .concat()
        .parse::<i64>()
        .map_err(|_| ParseMoneyError::TooLarge)
}

/// Spaces people and spreadsheets put between digit groups.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\'')
}

/// Removes a currency word before or after the number, in any of its spellings.
fn strip_currency(text: &str) -> &str {
    const WORDS: [&str; 10] = [
        "soʻm", "so'm", "so‘m", "so`m", "soʼm", "som", "sum", "сум", "сўм", "uzs",
    ];
    let lower = text.to_lowercase();
    // Lower-casing keeps byte lengths for these scripts, so offsets carry over.
    if lower.len() != text.len() {
        return text;
    }
    for word in WORDS {
        if lower.ends_with(word) {
            return text[..text.len() - word.len()].trim_end();
        }
        if lower.starts_with(word) {
            return text[word.len()..].trim_start();
        }
    }
    text
}

fn group_thousands(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn som(n: i64) -> Money {
        Money::from_som(n).unwrap()
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(Money::parse("15000"), Ok(som(15_000)));
        assert_eq!(Money::parse("15 000"), Ok(som(15_000)));
        assert_eq!(Money::parse("15\u{00A0}000"), Ok(som(15_000)));
        assert_eq!(Money::parse("15000 so'm"), Ok(som(15_000)));
        assert_eq!(Money::parse("15 000 soʻm"), Ok(som(15_000)));
        assert_eq!(Money::parse("15 000 сум"), Ok(som(15_000)));
        assert_eq!(Money::parse("UZS 15,000"), Ok(som(15_000)));
        assert_eq!(Money::parse("15,000"), Ok(som(15_000)));
        assert_eq!(Money::parse("1.000.000"), Ok(som(1_000_000)));
        assert_eq!(Money::parse("15 000,50"), Ok(Money::from_tiyin(1_500_050)));
        assert_eq!(Money::parse("15000.5"), Ok(Money::from_tiyin(1_500_050)));
        assert_eq!(Money::parse("0,05"), Ok(Money::from_tiyin(5)));
        assert_eq!(Money::parse("0"), Ok(Money::ZERO));
    }

    #[test]
    fn rejects_what_is_not_an_amount() {
        assert_eq!(Money::parse("  "), Err(ParseMoneyError::Empty));
        assert_eq!(Money::parse("so'm"), Err(ParseMoneyError::Empty));
        for bad in [
            "abc",
            "-5",
            "15,0000",
            "1,5,0",
            ",50",
            "15 000,505",
            "12e3",
            "1 .5",
            "15..0",
            "1,000,5",
            "15 000.000,5",
            "1  000",
            "1 000 0",
            "12 34",
        ] {
            assert!(Money::parse(bad).is_err(), "{bad} was accepted");
        }
        assert_eq!(
            Money::parse("99999999999999999999"),
            Err(ParseMoneyError::TooLarge)
        );
        assert_eq!(
            Money::parse("92233720368547758,08"),
            Err(ParseMoneyError::TooLarge)
        );
        assert_eq!(
            Money::parse("92233720368547758,07"),
            Ok(Money::from_tiyin(i64::MAX))
        );
    }

    #[test]
    fn formats_in_each_language() {
        let m = som(15_000);
        assert_eq!(m.format(Lang::Uz), "15 000 soʻm");
        assert_eq!(m.format(Lang::Ru), "15 000 сум");
        assert_eq!(m.format(Lang::En), "UZS 15,000");
        let cents = Money::from_tiyin(1_500_050);
        assert_eq!(cents.format(Lang::Uz), "15 000,50 soʻm");
        assert_eq!(cents.format(Lang::En), "UZS 15,000.50");
        assert_eq!(Money::from_tiyin(5).format(Lang::Ru), "0,05 сум");
        assert_eq!(som(1_234_567).format(Lang::En), "UZS 1,234,567");
        assert_eq!(som(999).format(Lang::Uz), "999 soʻm");
        assert_eq!(som(-1_000).format(Lang::Uz), "-1 000 soʻm");
        assert_eq!(
            Money::from_tiyin(i64::MIN).format(Lang::En),
            "-UZS 92,233,720,368,547,758.08"
        );
    }

    #[test]
    fn arithmetic_is_checked() {
        assert_eq!(som(10).checked_add(som(5)), Some(som(15)));
        assert_eq!(som(10).checked_sub(som(15)), Some(som(-5)));
        assert_eq!(
            Money::from_tiyin(i64::MAX).checked_add(Money::from_tiyin(1)),
            None
        );
        assert_eq!(
            Money::from_tiyin(i64::MIN).checked_sub(Money::from_tiyin(1)),
            None
        );
        assert_eq!(som(1_000).checked_mul(3), Some(som(3_000)));
        assert_eq!(Money::from_som(i64::MAX), None);
    }

    #[test]
    fn serialises_as_integer_tiyin() {
        let m = Money::from_tiyin(1_500_050);
        assert_eq!(serde_json::to_string(&m).unwrap(), "1500050");
        assert_eq!(
            serde_json::from_str::<Money>("250").unwrap(),
            Money::from_tiyin(250)
        );
    }
}
