//! x appears once: work out the number parts, then undo the operations around x from the outside in.

use super::show;
use crate::expression::reduce;
use crate::format::{bracket_negative, Style};
use crate::number::Rat;
use crate::parse::tree::{Node, Op};
use crate::steps::Steps;
use crate::words::{Ask, Msg};

fn unbracket(mut n: Node) -> Node {
    if let Node::Bin(b) = &mut n {
        b.paren = false;
    }
    n
}

fn change(op: char) -> &'static str {
    match op {
        '+' => "add_to_both_sides",
        '−' => "subtract_from_both_sides",
        '×' => "multiply_both_sides",
        _ => "divide_both_sides",
    }
}

/// One thing done to both sides with a number: the new number on the other side.
fn both(
    out: &mut Steps,
    before: String,
    (op, k): (char, &str),
    (cv, new): (&str, &str),
    side: &Node,
) {
    let eq = format!("{} = {new}", side.show());
    let msg = Msg::BothSides {
        op,
        amount: bracket_negative(k.to_string()),
        eq: eq.clone(),
    };
    let expr = format!("{cv} {op} {}", bracket_negative(k.to_string()));
    out.ask(
        change(op),
        (before, eq),
        msg,
        Ask::Compute(expr),
        new.to_string(),
    );
}

/// Solves an equation where x appears once; the value of x.
pub(super) fn solve(l: Node, r: Node, style: Style, out: &mut Steps) -> Option<Rat> {
    let (mut xs, mut c) = if l.vars() == 1 {
        (l, r)
    } else {
        let eq = format!("{} = {}", r.show(), l.show());
        let before = format!("{} = {}", l.show(), r.show());
        out.say("swap_sides", before, eq.clone(), Msg::SwapSides { eq });
        (r, l)
    };
    let cs = c.show();
    reduce(
        &mut xs,
        style,
        out,
        &|n| format!("{} = {cs}", n.show()),
        true,
    )?;
    let xsh = xs.show();
    reduce(
        &mut c,
        style,
        out,
        &|n| format!("{xsh} = {}", n.show()),
        true,
    )?;
    let mut cv = c.eval(None)?;
    let div = out.div_sign();
    loop {
        let b = match xs {
            Node::Var => return Some(cv),
            Node::Bin(b) => *b,
            Node::Leaf(_) => return None,
        };
        let before = format!(
            "{} = {}",
            Node::Bin(Box::new(b.clone())).show(),
            show(cv, style)?
        );
        let x_left = b.l.vars() == 1;
        let (k, other) = if x_left { (b.r, b.l) } else { (b.l, b.r) };
        let kv = k.eval(None)?;
        let (ks, cs) = (show(kv, style)?, show(cv, style)?);
        let (op, new) = match (b.op, x_left) {
            (Op::Add, _) => ('−', cv.sub(kv)?),
            (Op::Sub, true) => ('+', cv.add(kv)?),
            (Op::Mul, _) => (div, cv.div(kv)?),
            (Op::Div, true) => ('×', cv.mul(kv)?),
            (Op::Sub, false) => {
                let (term, new) = (other.show(), kv.sub(cv)?);
                let eq = format!("{ks} = {cs} + {term}");
                let msg = Msg::BothSides {
                    op: '+',
                    amount: term,
                    eq: eq.clone(),
                };
                out.say("add_to_both_sides", before, eq.clone(), msg);
                let other = unbracket(other);
                let ns = show(new, style)?;
                let eq2 = format!("{ns} = {}", other.show());
                let msg = Msg::BothSides {
                    op: '−',
                    amount: bracket_negative(cs.clone()),
                    eq: eq2.clone(),
                };
                let expr = format!("{ks} − {}", bracket_negative(cs.clone()));
                out.ask(
                    "subtract_from_both_sides",
                    (eq, eq2.clone()),
                    msg,
                    Ask::Compute(expr),
                    ns.clone(),
                );
                let eq3 = format!("{} = {ns}", other.show());
                out.say("swap_sides", eq2, eq3.clone(), Msg::SwapSides { eq: eq3 });
                (xs, cv) = (other, new);
                continue;
            }
            (Op::Div, false) => {
                if cv.is_zero() {
                    return None;
                }
                let (term, new) = (other.show(), kv.div(cv)?);
                let eq = format!("{ks} = {cs} × {term}");
                let msg = Msg::BothSides {
                    op: '×',
                    amount: term,
                    eq: eq.clone(),
                };
                out.say("multiply_both_sides", before, eq.clone(), msg);
                let other = unbracket(other);
                let ns = show(new, style)?;
                let eq2 = format!("{ns} = {}", other.show());
                let msg = Msg::BothSides {
                    op: div,
                    amount: bracket_negative(cs.clone()),
                    eq: eq2.clone(),
                };
                let expr = format!("{ks} {div} {}", bracket_negative(cs.clone()));
                out.ask(
                    "divide_both_sides",
                    (eq, eq2.clone()),
                    msg,
                    Ask::Compute(expr),
                    ns.clone(),
                );
                let eq3 = format!("{} = {ns}", other.show());
                out.say("swap_sides", eq2, eq3.clone(), Msg::SwapSides { eq: eq3 });
                (xs, cv) = (other, new);
                continue;
            }
        };
        let other = unbracket(other);
        both(out, before, (op, &ks), (&cs, &show(new, style)?), &other);
        (xs, cv) = (other, new);
    }
}
