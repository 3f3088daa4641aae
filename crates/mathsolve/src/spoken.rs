//! An expression with its signs in words, for text-to-speech; numbers stay digits, simple
//! fractions and decimals are read the way a teacher reads them.

use crate::Lang;

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

const UZ_NUM: [&str; 11] = [
    "", "bir", "ikki", "uch", "toʻrt", "besh", "olti", "yetti", "sakkiz", "toʻqqiz", "oʻn",
];
const UZ_POW: [&str; 7] = ["", "oʻn", "yuz", "ming", "oʻn ming", "yuz ming", "million"];
const RU_NUM: [&str; 10] = [
    "",
    "одна",
    "две",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
];
const RU_ONE: [&str; 11] = [
    "",
    "",
    "вторая",
    "третья",
    "четвёртая",
    "пятая",
    "шестая",
    "седьмая",
    "восьмая",
    "девятая",
    "десятая",
];
const RU_MANY: [&str; 11] = [
    "",
    "",
    "вторых",
    "третьих",
    "четвёртых",
    "пятых",
    "шестых",
    "седьмых",
    "восьмых",
    "девятых",
    "десятых",
];
const RU_POW_ONE: [&str; 7] = [
    "",
    "десятая",
    "сотая",
    "тысячная",
    "десятитысячная",
    "стотысячная",
    "миллионная",
];
const RU_POW_MANY: [&str; 7] = [
    "",
    "десятых",
    "сотых",
    "тысячных",
    "десятитысячных",
    "стотысячных",
    "миллионных",
];
const EN_NUM: [&str; 10] = [
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const EN_ONE: [&str; 11] = [
    "", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];
const EN_MANY: [&str; 11] = [
    "", "", "halves", "thirds", "quarters", "fifths", "sixths", "sevenths", "eighths", "ninths",
    "tenths",
];

/// Russian agreement: 1, 21, 31 … take the singular.
fn ru_one(n: u64) -> bool {
    n % 10 == 1 && n % 100 != 11
}

/// A Russian number before a feminine noun: 1 and 2 as words.
fn ru_fem(n: u64) -> String {
    match n {
        1 => "одна".into(),
        2 => "две".into(),
        _ => n.to_string(),
    }
}

fn fraction(lang: Lang, n: u64, d: u64) -> String {
    let simple = (1..=9).contains(&n) && (2..=10).contains(&d);
    let (ni, di) = (n as usize, d as usize);
    match lang {
        Lang::Uz if simple => format!("{}dan {}", UZ_NUM[di], UZ_NUM[ni]),
        Lang::Uz => format!("{d} dan {n}"),
        Lang::Ru if simple && n == 1 => format!("одна {}", RU_ONE[di]),
        Lang::Ru if simple => format!("{} {}", RU_NUM[ni], RU_MANY[di]),
        Lang::Ru => format!("{n} дробь {d}"),
        Lang::En if simple && n == 1 => format!("one {}", EN_ONE[di]),
        Lang::En if simple => format!("{} {}", EN_NUM[ni], EN_MANY[di]),
        Lang::En => format!("{n} over {d}"),
    }
}

fn mixed(lang: Lang, w: u64, frac: String) -> String {
    match lang {
        Lang::Uz => format!("{w} butun {frac}"),
        Lang::Ru if ru_one(w) => format!("{} целая {frac}", ru_fem(w)),
        Lang::Ru => format!("{} целых {frac}", ru_fem(w)),
        Lang::En => format!("{w} and {frac}"),
    }
}

fn decimal(lang: Lang, whole: u64, part: &str) -> String {
    let p = part.len().min(6);
    let f: u64 = part.parse().unwrap_or(0);
    match lang {
        Lang::Uz => format!("{whole} butun {}dan {f}", UZ_POW[p]),
        Lang::Ru => {
            let w = if ru_one(whole) {
                "целая"
            } else {
                "целых"
            };
            let pow = if ru_one(f) {
                RU_POW_ONE[p]
            } else {
                RU_POW_MANY[p]
            };
            format!("{} {w} {} {pow}", ru_fem(whole), ru_fem(f))
        }
        Lang::En => {
            let digits: Vec<String> = part.chars().map(String::from).collect();
            format!("{whole} point {}", digits.join(" "))
        }
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
            let n: u64 = a.parse().unwrap_or(0);
            let next_digit = s.get(i + 1).is_some_and(char::is_ascii_digit);
            if matches!(s.get(i), Some('.' | ',')) && next_digit {
                i += 1;
                let part = digits(&s, &mut i);
                out.push(decimal(lang, n, &part));
            } else if s.get(i) == Some(&'/') && next_digit {
                i += 1;
                let d: u64 = digits(&s, &mut i).parse().unwrap_or(0);
                let frac = fraction(lang, n, d);
                match whole_before {
                    Some(wh) => {
                        out.pop();
                        out.push(mixed(lang, wh, frac));
                    }
                    None => out.push(frac),
                }
            } else {
                out.push(a);
                last_whole = Some(n);
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
