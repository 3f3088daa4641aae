//! From the typed text to a problem: normalisation, tokens, trees, and which family it belongs to.

mod grammar;
pub(crate) mod lex;
pub(crate) mod tree;
mod words;

use crate::format::Style;
use lex::{Tok, Token};
use tree::Node;

/// A problem understood completely.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Problem {
    /// Work out an expression (one operation or several).
    Arith { node: Node, style: Style },
    /// Which sign goes between two expressions.
    Compare { l: Node, r: Node, style: Style },
    /// Simplify a fraction (or write an improper one as a mixed number).
    Simplify { n: i128, d: i128 },
    /// A percentage of a number.
    Percent(crate::percent::Input),
    /// Quantities with units.
    Units(crate::units::Input),
    /// An equation in one unknown.
    Equation { l: Node, r: Node, style: Style },
}

const SIMPLIFY: &[&str] = &[
    "simplify",
    "reduce",
    "qisqartir",
    "qisqartiring",
    "сократи",
    "сократите",
    "сократить",
];

/// The problem in the text, `None` when any part of it is not understood.
pub(crate) fn parse(input: &str) -> Option<Problem> {
    let tokens = words::apply(lex::lex(input)?)?;
    let word = |f: &dyn Fn(&str) -> bool| {
        tokens
            .iter()
            .any(|t| matches!(&t.tok, Tok::Word(w) if f(w)))
    };
    if word(&|w| crate::units::is_unit(w)) {
        return crate::units::parse(&tokens).map(Problem::Units);
    }
    if tokens.iter().any(|t| t.tok == Tok::Pct) {
        return crate::percent::parse(&tokens).map(Problem::Percent);
    }
    if word(&|w| SIMPLIFY.contains(&w)) {
        return simplify(&tokens);
    }
    if word(&|_| true) {
        return None;
    }
    core(tokens)
}

/// How the numbers of the problem are written; `None` when decimals and fractions are mixed.
pub(crate) fn style(tokens: &[Token]) -> Option<Style> {
    let mut dec = None;
    let mut frac = false;
    for t in tokens {
        match &t.tok {
            Tok::Num(l) if l.places > 0 => {
                dec = Some(if l.comma || dec == Some(',') {
                    ','
                } else {
                    '.'
                });
            }
            Tok::Frac { .. } => frac = true,
            _ => {}
        }
    }
    match (dec, frac) {
        (Some(_), true) => None,
        (Some(sep), false) => Some(Style::Dec(sep)),
        _ => Some(Style::Frac),
    }
}

/// Drops a trailing "=", "= ?" or "?" (it only means "work it out").
pub(crate) fn strip_compute(tokens: &[Token]) -> &[Token] {
    match tokens {
        [rest @ .., a, b] if a.tok == Tok::Eq && b.tok == Tok::Blank => rest,
        [rest @ .., a] if a.tok == Tok::Eq => rest,
        _ => tokens,
    }
}

fn simplify(tokens: &[Token]) -> Option<Problem> {
    let rest: Vec<Token> = tokens
        .iter()
        .filter(|t| !matches!(&t.tok, Tok::Word(w) if SIMPLIFY.contains(&w.as_str()) || w == "ni"))
        .cloned()
        .collect();
    match strip_compute(&rest) {
        [Token {
            tok: Tok::Frac { n, d },
            ..
        }] => Some(Problem::Simplify { n: *n, d: *d }),
        _ => None,
    }
}

fn operand_end(t: &Tok) -> bool {
    matches!(t, Tok::Num(_) | Tok::Frac { .. } | Tok::RPar | Tok::Var)
}

fn operand_start(t: &Tok) -> bool {
    matches!(t, Tok::Num(_) | Tok::Frac { .. } | Tok::LPar | Tok::Var)
}

/// "12 x 3": a lone x with spaces between two numbers is a times sign.
fn x_as_times(tokens: &mut [Token]) {
    let vars: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].tok == Tok::Var)
        .collect();
    if let [i] = vars[..] {
        let between = i > 0
            && matches!(tokens[i - 1].tok, Tok::Num(_))
            && tokens[i].sp
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.sp && matches!(n.tok, Tok::Num(_)));
        if between {
            tokens[i].tok = Tok::Times;
        }
    }
}

fn core(mut tokens: Vec<Token>) -> Option<Problem> {
    x_as_times(&mut tokens);
    let style = style(&tokens)?;
    if tokens.last().is_some_and(|t| t.tok == Tok::Blank)
        && !tokens.iter().any(|t| t.tok == Tok::Eq)
    {
        tokens.pop();
    }
    let eqs: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].tok == Tok::Eq)
        .collect();
    let unknowns = tokens
        .iter()
        .filter(|t| matches!(t.tok, Tok::Var | Tok::Blank))
        .count();
    match eqs[..] {
        [] if unknowns == 0 => arith(&tokens, style),
        [] => compare(&tokens, style),
        [e] => {
            let (l, r) = (&tokens[..e], &tokens[e + 1..]);
            if r.is_empty() || (r.len() == 1 && r[0].tok == Tok::Blank) {
                return if l.iter().any(|t| matches!(t.tok, Tok::Var | Tok::Blank)) {
                    None
                } else {
                    arith(l, style)
                };
            }
            let unknown = |t: &Token| {
                let tok = if t.tok == Tok::Blank {
                    Tok::Var
                } else {
                    t.tok.clone()
                };
                Token { tok, sp: t.sp }
            };
            let l: Vec<Token> = l.iter().map(unknown).collect();
            let r: Vec<Token> = r.iter().map(unknown).collect();
            let (l, r) = (grammar::parse(&l)?, grammar::parse(&r)?);
            (l.vars() + r.vars() > 0).then_some(Problem::Equation { l, r, style })
        }
        _ => None,
    }
}

fn arith(tokens: &[Token], style: Style) -> Option<Problem> {
    if let [Token {
        tok: Tok::Frac { n, d },
        ..
    }] = tokens
    {
        return Some(Problem::Simplify { n: *n, d: *d });
    }
    match grammar::parse(tokens)? {
        node @ Node::Bin(_) => Some(Problem::Arith { node, style }),
        _ => None,
    }
}

fn compare(tokens: &[Token], style: Style) -> Option<Problem> {
    let blanks: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].tok == Tok::Blank)
        .collect();
    let [b] = blanks[..] else { return None };
    if b == 0 || b + 1 >= tokens.len() || tokens.iter().any(|t| t.tok == Tok::Var) {
        return None;
    }
    if !operand_end(&tokens[b - 1].tok) || !operand_start(&tokens[b + 1].tok) {
        return None;
    }
    let l = grammar::parse(&tokens[..b])?;
    let r = grammar::parse(&tokens[b + 1..])?;
    Some(Problem::Compare { l, r, style })
}
