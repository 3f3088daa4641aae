//! Writing exact values as a child reads them: whole numbers, fractions, mixed numbers, decimals.

use crate::number::Rat;

/// How the values of one problem are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// Whole numbers and fractions ("7/3" inside work, "2 1/3" as an answer).
    Frac,
    /// Decimals with the separator the problem used ('.' or ',').
    Dec(char),
}

/// Most digits after the decimal separator an answer may have.
pub(crate) const MAX_PLACES: u32 = 6;

/// "2", "7/3", "-7/3".
pub(crate) fn frac(r: Rat) -> String {
    if r.is_int() {
        r.num().to_string()
    } else {
        format!("{}/{}", r.num(), r.den())
    }
}

/// "2", "3/4", "2 1/3", "-2 1/3": improper fractions become mixed numbers.
pub(crate) fn mixed(r: Rat) -> String {
    let (n, d) = (r.num().abs(), r.den());
    if r.is_int() || n < d {
        return frac(r);
    }
    let sign = if r.is_neg() { "-" } else { "" };
    format!("{sign}{} {}/{d}", n / d, n % d)
}

/// The value as a decimal with exactly `places` digits after the separator (it must fit).
pub(crate) fn decimal_fixed(r: Rat, places: u32, sep: char) -> Option<String> {
    let scaled = r.mul(Rat::pow10(places)?)?;
    if !scaled.is_int() {
        return None;
    }
    let sign = if r.is_neg() { "-" } else { "" };
    let digits = scaled.num().abs().to_string();
    if places == 0 {
        return Some(format!("{sign}{digits}"));
    }
    let p = places as usize;
    let padded = format!("{digits:0>width$}", width = p + 1);
    let (whole, part) = padded.split_at(padded.len() - p);
    Some(format!("{sign}{whole}{sep}{part}"))
}

/// The value as a decimal with as few places as it needs; `None` past [`MAX_PLACES`].
pub(crate) fn decimal(r: Rat, sep: char) -> Option<String> {
    let places = r.decimal_places().filter(|&p| p <= MAX_PLACES)?;
    decimal_fixed(r, places, sep)
}

/// A value inside the work: improper fractions stay improper.
pub(crate) fn show(r: Rat, style: Style) -> Option<String> {
    match style {
        Style::Frac => Some(frac(r)),
        Style::Dec(sep) => decimal(r, sep),
    }
}

/// Wraps a negative number in brackets when it stands after an operation sign.
pub(crate) fn bracket_negative(text: String) -> String {
    if text.starts_with('-') {
        format!("({text})")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_values() {
        let r = |n, d| Rat::new(n, d).unwrap();
        assert_eq!(mixed(r(7, 3)), "2 1/3");
        assert_eq!(mixed(r(-7, 3)), "-2 1/3");
        assert_eq!(mixed(r(3, 4)), "3/4");
        assert_eq!(frac(r(4, 2)), "2");
        assert_eq!(decimal(r(3, 4), ','), Some("0,75".into()));
        assert_eq!(decimal(r(-1, 20), '.'), Some("-0.05".into()));
        assert_eq!(decimal(r(1, 3), '.'), None);
        assert_eq!(decimal_fixed(r(1, 2), 2, '.'), Some("0.50".into()));
        assert_eq!(decimal(r(6, 1), '.'), Some("6".into()));
    }
}
