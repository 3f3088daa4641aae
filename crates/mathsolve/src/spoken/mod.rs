//! An expression with its signs in words, for text-to-speech; numbers stay digits, simple
//! fractions and decimals are read the way a teacher reads them.

mod numbers;

use crate::Lang;
use numbers::{decimal, fraction, mixed};

/// The words of the signs, in the order + − × ÷ = < > % x ( ).
fn signs(lang: Lang) -> [&'static str; 11] {
    match lang {
        Lang::Uz => [
            "qoʻshish",
            "ayirish",
            "koʻpaytirish",
            "boʻlish",
            "teng",
            "kichik",
            "katta",
            "foiz",
            "iks",
            "qavs ochiladi",
            "qavs yopiladi",
        ],
        Lang::Ru => [
            "плюс",
            "минус",
            "умножить на",
            "разделить на",
            "равно",
            "меньше",
            "больше",
            "процентов",
            "икс",
            "скобка открывается",
            "скобка закрывается",
        ],
        Lang::En => [
            "plus",
            "minus",
            "times",
            "divided by",
            "equals",
            "is less than",
            "is greater than",
            "percent",
            "x",
            "open bracket",
            "close bracket",
        ],
    }
}

fn digits(s: &[char], i: &mut usize) -> String {
    let start = *i;
    while *i < s.len() && s[*i].is_ascii_digit() {
        *i += 1;
    }
    s[start..*i].iter().collect()
}

/// The expression with its signs in words, for text-to-speech: "12 + 5 =" → "12 plus 5 equals".
pub fn spoken(expression: &str, lang: Lang) -> String {
    let s: Vec<char> = expression.chars().collect();
    let w = signs(lang);
    let mut out: Vec<String> = Vec::new();
    let mut last_whole: Option<u64> = None;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let whole_before = last_whole.take();
        if c.is_ascii_digit() {
            let a = digits(&s, &mut i);
            let next_digit = s.get(i + 1).is_some_and(char::is_ascii_digit);
            if matches!(s.get(i), Some('.' | ',')) && next_digit {
                i += 1;
                let part = digits(&s, &mut i);
                out.push(decimal(lang, &a, &part));
            } else if s.get(i) == Some(&'/') && next_digit {
                i += 1;
                let d = digits(&s, &mut i);
                let frac = fraction(lang, &a, &d);
                match whole_before {
                    Some(wh) => {
                        out.pop();
                        out.push(mixed(lang, wh, frac));
                    }
                    None => out.push(frac),
                }
            } else {
                last_whole = a.parse().ok();
                out.push(a);
            }
            continue;
        }
        if c.is_alphabetic() {
            let start = i;
            while i < s.len()
                && (s[i].is_alphabetic() || matches!(s[i], '\'' | '‘' | '’' | 'ʻ' | 'ʼ'))
            {
                i += 1;
            }
            let word: String = s[start..i].iter().collect();
            out.push(if word == "x" || word == "х" {
                w[8].into()
            } else {
                word
            });
            continue;
        }
        i += 1;
        let said = match c {
            '+' => w[0],
            '-' | '−' | '–' => w[1],
            '×' | '·' | '*' | '⋅' => w[2],
            '÷' | ':' | '/' => w[3],
            '=' => w[4],
            '<' => w[5],
            '>' => w[6],
            '%' => w[7],
            '(' => w[9],
            ')' => w[10],
            _ if c.is_whitespace() => {
                last_whole = whole_before;
                continue;
            }
            _ => continue,
        };
        out.push(said.to_string());
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_signs_and_fractions() {
        assert_eq!(spoken("12 + 5 =", Lang::En), "12 plus 5 equals");
        assert_eq!(spoken("3/4", Lang::En), "three quarters");
        assert_eq!(spoken("2 1/3", Lang::Ru), "две целых одна третья");
        assert_eq!(spoken("2/3", Lang::Uz), "uchdan ikki");
        assert_eq!(spoken("0,5", Lang::Ru), "0 целых 5 десятых");
    }
}
