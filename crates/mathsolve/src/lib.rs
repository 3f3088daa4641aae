//! Step-by-step solutions a child can follow: the problem is parsed, solved with exact
//! arithmetic and explained step by step in Uzbek, Russian and English. Pure: no web, no
//! database.
//!
//! Anything not understood completely is refused with [`Unsupported`], never guessed. What is
//! accepted, the answer formats and the step change types are in `docs/mathsolve.md`.

mod column;
mod compare;
mod decimal;
mod equation;
mod examples;
mod expression;
mod format;
mod fraction;
mod number;
mod parse;
mod percent;
mod similar;
mod spoken;
mod steps;
mod types;
mod units;
mod words;

pub use examples::examples;
pub use similar::similar;
pub use spoken::spoken;
pub use types::{Kind, Lang, Solution, Step, Unsupported};

use parse::tree::{Form, Node};
use parse::Problem;
use steps::{Done, Steps};

/// Parses, solves and explains a problem; refuses anything not understood completely.
pub fn solve(problem: &str, lang: Lang) -> Result<Solution, Unsupported> {
    let refuse = || Unsupported {
        examples: examples(lang),
    };
    let p = parse::parse(problem).ok_or_else(refuse)?;
    let mut out = Steps::new(lang);
    let done = dispatch(p, &mut out).ok_or_else(refuse)?;
    let steps = out.done();
    if steps.is_empty() {
        return Err(refuse());
    }
    Ok(Solution {
        kind: done.kind,
        problem: done.problem,
        answer: done.answer,
        steps,
    })
}

fn dispatch(p: Problem, out: &mut Steps) -> Option<Done> {
    match p {
        Problem::Arith { node, style } => arith(node, style, out),
        Problem::Compare { l, r, style } => compare::solve(l, r, style, out),
        Problem::Simplify { n, d } => fraction::simplify(n, d, out),
        Problem::Percent(input) => percent::solve(input, out),
        Problem::Units(input) => units::solve(input, out),
        Problem::Equation { l, r, style } => equation::solve(l, r, style, out),
    }
}

/// One operation on two numbers goes to its own method; anything longer is an expression.
fn arith(node: Node, style: format::Style, out: &mut Steps) -> Option<Done> {
    if let Node::Bin(b) = &node {
        if let (Node::Leaf(l), Node::Leaf(r)) = (&b.l, &b.r) {
            let forms = [l.form, r.form];
            let any = |f: &[Form]| forms.iter().any(|x| f.contains(x));
            if b.implicit {
                return None;
            }
            if forms == [Form::Int, Form::Int] {
                return column::solve(b.op, l.v.num(), r.v.num(), b.sign, out);
            }
            if let format::Style::Dec(sep) = style {
                return decimal::solve(b.op, b.sign, l, r, sep, out);
            }
            if any(&[Form::Frac, Form::Mixed]) {
                return fraction::solve(b.op, b.sign, l, r, out);
            }
        }
    }
    expression::solve(node, style, out)
}
