//! Input normalisation and tokens: numbers, fractions, signs, blanks and lower-cased words.

use crate::number::Rat;

/// Longest input accepted, in characters.
pub(crate) const MAX_LEN: usize = 200;
/// Largest number accepted.
const MAX_NUMBER: i128 = 1_000_000_000_000;
/// Most digits after the decimal separator in the input.
const MAX_INPUT_PLACES: usize = 6;

/// The ways an apostrophe may be typed; all mean the same (oʻ, gʻ, soʻm).
const APOSTROPHES: [char; 6] = ['\'', '‘', '’', '`', 'ʻ', 'ʼ'];

/// A number as written: "47", "0.5", "3,25".
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Lit {
    /// Its value.
    pub v: Rat,
    /// Its text, without thousands spaces.
    pub text: String,
    /// Digits after the separator (0 for a whole number).
    pub places: u32,
    /// Whether the separator was a comma.
    pub comma: bool,
}

/// One token of the input.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    Num(Lit),
    Frac { n: i128, d: i128 },
    Plus,
    Minus,
    Times,
    Div(char),
    LPar,
    RPar,
    Eq,
    Blank,
    Var,
    Pct,
    Word(String),
}

/// A token and whether space came before it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Token {
    pub tok: Tok,
    pub sp: bool,
}

/// The tokens of an input, `None` when a character or a number is not understood.
pub(crate) fn lex(input: &str) -> Option<Vec<Token>> {
    let s: Vec<char> = input.trim().chars().collect();
    if s.is_empty() || s.len() > MAX_LEN {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    let mut sp = false;
    while i < s.len() {
        let c = s[i];
        if c.is_whitespace() {
            sp = true;
            i += 1;
            continue;
        }
        let tok = if c.is_ascii_digit() {
            number(&s, &mut i)?
        } else if c.is_alphabetic() {
            word(&s, &mut i)
        } else {
            symbol(&s, &mut i)?
        };
        out.push(Token { tok, sp });
        sp = false;
    }
    Some(out)
}

fn digits(s: &[char], i: &mut usize) -> String {
    let start = *i;
    while *i < s.len() && s[*i].is_ascii_digit() {
        *i += 1;
    }
    s[start..*i].iter().collect()
}

fn digit_at(s: &[char], i: usize) -> bool {
    s.get(i).is_some_and(|c| c.is_ascii_digit())
}

/// A space and exactly three digits not followed by a digit or '/': "5 000".
fn thousands_group(s: &[char], i: usize) -> bool {
    s.get(i)
        .is_some_and(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        && (1..=3).all(|k| digit_at(s, i + k))
        && !digit_at(s, i + 4)
        && s.get(i + 4) != Some(&'/')
}

fn int(text: &str) -> Option<i128> {
    if text.len() > 13 {
        return None;
    }
    text.parse().ok().filter(|&v| v <= MAX_NUMBER)
}

fn number(s: &[char], i: &mut usize) -> Option<Tok> {
    let mut whole = digits(s, i);
    if whole.len() <= 3 {
        while thousands_group(s, *i) {
            *i += 1;
            whole.push_str(&digits(s, i));
        }
    }
    let sep = s.get(*i).copied().filter(|c| matches!(c, '.' | ','));
    if let Some(sep) = sep.filter(|_| digit_at(s, *i + 1)) {
        *i += 1;
        let part = digits(s, i);
        if part.len() > MAX_INPUT_PLACES || s.get(*i) == Some(&'/') {
            return None;
        }
        let places = part.len() as u32;
        let v = Rat::int(int(&whole)?).add(Rat::new(int(&part)?, 10i128.pow(places))?)?;
        if v > Rat::int(MAX_NUMBER) {
            return None;
        }
        let text = format!("{}{sep}{part}", whole.trim_start_matches('0').max("0"));
        return Some(Tok::Num(Lit {
            v,
            text,
            places,
            comma: sep == ',',
        }));
    }
    if s.get(*i) == Some(&'/') && digit_at(s, *i + 1) {
        *i += 1;
        let d = digits(s, i);
        if matches!(s.get(*i), Some('/' | '.' | ',')) && digit_at(s, *i + 1) {
            return None;
        }
        let (n, d) = (int(&whole)?, int(&d)?);
        return (d != 0).then_some(Tok::Frac { n, d });
    }
    let v = int(&whole)?;
    Some(Tok::Num(Lit {
        v: Rat::int(v),
        text: v.to_string(),
        places: 0,
        comma: false,
    }))
}

fn word(s: &[char], i: &mut usize) -> Tok {
    let mut w = String::new();
    while *i < s.len() {
        let c = s[*i];
        let apostrophe = APOSTROPHES.contains(&c);
        let inside = *i + 1 < s.len() && s[*i + 1].is_alphabetic() && !w.is_empty();
        if apostrophe && (inside || c == 'ʻ' || c == 'ʼ') {
            w.push('ʻ');
        } else if c.is_alphabetic() && !apostrophe {
            w.extend(c.to_lowercase());
        } else {
            break;
        }
        *i += 1;
    }
    if w == "x" || w == "х" {
        Tok::Var
    } else {
        Tok::Word(w)
    }
}

fn symbol(s: &[char], i: &mut usize) -> Option<Tok> {
    let c = s[*i];
    *i += 1;
    Some(match c {
        '+' => Tok::Plus,
        '-' | '−' | '–' | '—' | '‒' => Tok::Minus,
        '×' | '·' | '*' | '⋅' | '∙' | '•' => Tok::Times,
        '÷' | '/' => Tok::Div('÷'),
        ':' => Tok::Div(':'),
        '(' => Tok::LPar,
        ')' => Tok::RPar,
        '=' => Tok::Eq,
        '%' => Tok::Pct,
        '?' | '？' | '…' | '□' | '◻' | '☐' | '▢' | '⬜' | '⬚' | '◽' => Tok::Blank,
        '_' => {
            while s.get(*i) == Some(&'_') {
                *i += 1;
            }
            Tok::Blank
        }
        '.' if s.get(*i) == Some(&'.') => {
            while s.get(*i) == Some(&'.') {
                *i += 1;
            }
            Tok::Blank
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        lex(s).unwrap().into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn reads_numbers_fractions_and_words() {
        let t = toks("3,25 + 7/8");
        assert!(matches!(&t[0], Tok::Num(l) if l.text == "3,25" && l.comma && l.places == 2));
        assert_eq!(t[2], Tok::Frac { n: 7, d: 8 });
        assert!(
            matches!(&toks("5 000 so‘m")[..], [Tok::Num(l), Tok::Word(w)] if l.text == "5000" && w == "soʻm")
        );
        assert_eq!(toks("2x")[1], Tok::Var);
        assert_eq!(toks("47 … 74")[1], Tok::Blank);
        assert_eq!(lex("1/0"), None);
        assert_eq!(lex("2^3"), None);
        assert_eq!(lex("10000000000000"), None);
    }
}
