//! x appears more than once: collect like terms, move the x terms to one side, then the numbers.

use super::show;
use crate::format::{bracket_negative, Style};
use crate::number::Rat;
use crate::parse::tree::{Node, Op};
use crate::steps::Steps;
use crate::words::{Ask, Msg};

/// The side as `a·x + b`, `None` when it is not linear (x times x, division by x).
fn lin(n: &Node) -> Option<(Rat, Rat)> {
    match n {
        Node::Leaf(l) => Some((Rat::int(0), l.v)),
        Node::Var => Some((Rat::int(1), Rat::int(0))),
        Node::Bin(b) => {
            let ((a1, b1), (a2, b2)) = (lin(&b.l)?, lin(&b.r)?);
            match b.op {
                Op::Add => Some((a1.add(a2)?, b1.add(b2)?)),
                Op::Sub => Some((a1.sub(a2)?, b1.sub(b2)?)),
                Op::Mul if a1.is_zero() => Some((b1.mul(a2)?, b1.mul(b2)?)),
                Op::Mul if a2.is_zero() => Some((a1.mul(b2)?, b1.mul(b2)?)),
                Op::Div if a2.is_zero() && !b2.is_zero() => Some((a1.div(b2)?, b1.div(b2)?)),
                _ => None,
            }
        }
    }
}

/// Whether a side is already a lone x term, a number, or one of each: "3x + 2", "5 − x", "7".
fn simple(n: &Node) -> bool {
    let term = |n: &Node| match n {
        Node::Var => true,
        Node::Bin(b) => b.op == Op::Mul && matches!((&b.l, &b.r), (Node::Leaf(_), Node::Var)),
        _ => false,
    };
    match n {
        Node::Leaf(_) => true,
        Node::Bin(b) if matches!(b.op, Op::Add | Op::Sub) && !b.paren => {
            matches!((&b.l, &b.r), (Node::Leaf(_), r) if term(r))
                || matches!((&b.l, &b.r), (l, Node::Leaf(_)) if term(l))
        }
        _ => term(n),
    }
}

/// "3x", "x", "-x", "1/2 × x".
fn term(a: Rat, style: Style) -> Option<String> {
    let one = Rat::int(1);
    Some(if a == one {
        "x".into()
    } else if a == one.neg() {
        "-x".into()
    } else if a.is_int() || matches!(style, Style::Dec(_)) {
        format!("{}x", show(a, style)?)
    } else {
        format!("{} × x", show(a, style)?)
    })
}

/// "3x − 2", "7", "x".
fn side(a: Rat, b: Rat, style: Style) -> Option<String> {
    if a.is_zero() {
        return show(b, style);
    }
    let t = term(a, style)?;
    Some(if b.is_zero() {
        t
    } else if b.is_neg() {
        format!("{t} − {}", show(b.neg(), style)?)
    } else {
        format!("{t} + {}", show(b, style)?)
    })
}

fn eq(l: (Rat, Rat), r: (Rat, Rat), style: Style) -> Option<String> {
    Some(format!(
        "{} = {}",
        side(l.0, l.1, style)?,
        side(r.0, r.1, style)?
    ))
}

/// Solves an equation where x appears more than once; the value of x.
pub(super) fn solve(l: &Node, r: &Node, style: Style, out: &mut Steps) -> Option<Rat> {
    let (mut lf, mut rf) = (lin(l)?, lin(r)?);
    if lf.0 == rf.0 {
        return None;
    }
    let zero = Rat::int(0);
    let mut before = format!("{} = {}", l.show(), r.show());
    let collected = eq(lf, rf, style)?;
    if !(simple(l) && simple(r)) && collected != before {
        out.say(
            "collect_like_terms",
            before,
            collected.clone(),
            Msg::CollectTerms {
                eq: collected.clone(),
            },
        );
        before = collected;
    }
    if !lf.0.is_zero() && !rf.0.is_zero() {
        let moved = if lf.0 > rf.0 { rf.0 } else { lf.0 };
        let op = if moved.is_neg() { '+' } else { '−' };
        let amount = term(if moved.is_neg() { moved.neg() } else { moved }, style)?;
        (lf.0, rf.0) = (lf.0.sub(moved)?, rf.0.sub(moved)?);
        let after = eq(lf, rf, style)?;
        let change = if op == '+' {
            "add_to_both_sides"
        } else {
            "subtract_from_both_sides"
        };
        out.say(
            change,
            before,
            after.clone(),
            Msg::BothSides {
                op,
                amount,
                eq: after.clone(),
            },
        );
        before = after;
    }
    let right = lf.0.is_zero();
    let ((a, mut b), mut c) = if right { (rf, lf.1) } else { (lf, rf.1) };
    let orient = |x: (Rat, Rat), c: Rat| {
        if right {
            eq((zero, c), x, style)
        } else {
            eq(x, (zero, c), style)
        }
    };
    if !b.is_zero() {
        let op = if b.is_neg() { '+' } else { '−' };
        let k = if b.is_neg() { b.neg() } else { b };
        let expr = format!("{} {op} {}", show(c, style)?, show(k, style)?);
        (c, b) = (c.sub(b)?, zero);
        let after = orient((a, b), c)?;
        let change = if op == '+' {
            "add_to_both_sides"
        } else {
            "subtract_from_both_sides"
        };
        let msg = Msg::BothSides {
            op,
            amount: show(k, style)?,
            eq: after.clone(),
        };
        out.ask(
            change,
            (before, after.clone()),
            msg,
            Ask::Compute(expr),
            show(c, style)?,
        );
        before = after;
    }
    if a != Rat::int(1) {
        let div = out.div_sign();
        let amount = bracket_negative(show(a, style)?);
        let expr = format!("{} {div} {amount}", show(c, style)?);
        c = c.div(a)?;
        let after = orient((Rat::int(1), zero), c)?;
        let msg = Msg::BothSides {
            op: div,
            amount,
            eq: after.clone(),
        };
        out.ask(
            "divide_both_sides",
            (before, after.clone()),
            msg,
            Ask::Compute(expr),
            show(c, style)?,
        );
        before = after;
    }
    if right {
        let after = format!("x = {}", show(c, style)?);
        out.say(
            "swap_sides",
            before,
            after.clone(),
            Msg::SwapSides { eq: after },
        );
    }
    Some(c)
}
