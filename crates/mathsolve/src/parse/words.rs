//! Operation words in three languages become signs; leading words like "find" are dropped.

use super::lex::{Tok, Token};

const PLUS: &[&str] = &["plus", "плюс", "qoʻshish", "qoshish", "qoʻsh", "qoʻshing"];
const MINUS: &[&str] = &["minus", "минус", "ayirish", "ayir", "ayiring"];
const TIMES: &[&str] = &["times", "multiplied", "умножить", "умножь", "умноженное"];
const DIVIDE: &[&str] = &[
    "divided",
    "разделить",
    "раздели",
    "делить",
    "делённое",
    "деленное",
    "boʻlish",
    "bolish",
    "boʻl",
    "boʻling",
];
const PERCENT: &[&str] = &[
    "foiz",
    "foizi",
    "foizini",
    "процент",
    "процента",
    "процентов",
    "percent",
];
/// Words that may open a problem and mean nothing more than "solve this".
const LEADING: &[&str] = &[
    "find",
    "calculate",
    "compute",
    "solve",
    "what",
    "is",
    "hisobla",
    "hisoblang",
    "toping",
    "top",
    "yeching",
    "yech",
    "вычисли",
    "вычислите",
    "найди",
    "найдите",
    "реши",
    "решите",
    "посчитай",
    "сколько",
    "будет",
];

fn times_word(w: &str) -> bool {
    TIMES.contains(&w) || w.starts_with("koʻpaytir") || w.starts_with("kopaytir")
}

fn divide_word(w: &str) -> bool {
    DIVIDE.contains(&w) || w.starts_with("boʻl")
}

/// The tokens with operation words turned into signs; `None` when they are misplaced.
pub(crate) fn apply(tokens: Vec<Token>) -> Option<Vec<Token>> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut it = tokens.into_iter().peekable();
    let mut leading = true;
    while let Some(t) = it.next() {
        let Tok::Word(w) = &t.tok else {
            if leading && out.is_empty() && matches!(t.tok, Tok::Div(':')) && t.sp {
                leading = false;
                continue;
            }
            leading = false;
            out.push(t);
            continue;
        };
        if leading && out.is_empty() && LEADING.contains(&w.as_str()) {
            continue;
        }
        leading = false;
        let tok = if PLUS.contains(&w.as_str()) {
            Tok::Plus
        } else if MINUS.contains(&w.as_str()) {
            Tok::Minus
        } else if times_word(w) || divide_word(w) {
            let latin = w.is_ascii();
            if it
                .peek()
                .is_some_and(|n| matches!(&n.tok, Tok::Word(x) if x == "на" || x == "by"))
            {
                it.next();
            } else if w == "multiplied"
                || w == "divided"
                || w.starts_with("умнож")
                || w.contains("дел")
            {
                return None;
            }
            if times_word(w) {
                Tok::Times
            } else {
                Tok::Div(if latin { '÷' } else { ':' })
            }
        } else if PERCENT.contains(&w.as_str()) {
            Tok::Pct
        } else if (w == "i" || w == "ini") && !t.sp && out.last().is_some_and(|p| p.tok == Tok::Pct)
        {
            continue;
        } else {
            t.tok.clone()
        };
        out.push(Token { tok, sp: t.sp });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lex::lex;

    fn toks(s: &str) -> Vec<Tok> {
        apply(lex(s).unwrap())
            .unwrap()
            .into_iter()
            .map(|t| t.tok)
            .collect()
    }

    #[test]
    fn words_become_signs() {
        assert_eq!(toks("12 qo'shish 5")[1], Tok::Plus);
        assert_eq!(toks("12 разделить на 4")[1], Tok::Div(':'));
        assert_eq!(toks("12 divided by 4")[1], Tok::Div('÷'));
        assert_eq!(toks("150 ning 20%i").len(), 4);
        assert_eq!(toks("find 2 + 3").len(), 3);
        assert_eq!(apply(lex("12 divided 4").unwrap()), None);
    }
}
