//! Linear equations in one unknown: the same thing is done to both sides until x stands alone,
//! then the answer is checked by putting it back.

mod linear;
mod peel;

use crate::format::{self, Style};
use crate::number::Rat;
use crate::parse::tree::Node;
use crate::steps::{Done, Steps};
use crate::words::Msg;
use crate::Kind;

/// A value inside an equation: "4", "7/3", "0.5".
pub(crate) fn show(v: Rat, style: Style) -> Option<String> {
    format::show(v, style)
}

/// Solves `l = r` for x; `None` when there is no single solution or the check fails.
pub(crate) fn solve(l: Node, r: Node, style: Style, out: &mut Steps) -> Option<Done> {
    let problem = format!("{} = {}", l.show(), r.show());
    let (ol, or) = (l.clone(), r.clone());
    let start = out.len();
    let x = if l.vars() + r.vars() == 1 {
        peel::solve(l, r, style, out)?
    } else {
        linear::solve(&l, &r, style, out)?
    };
    let xs = show(x, style)?;
    let answer = format!("x = {xs}");
    if out.len() == start || out.last_after() != Some(answer.as_str()) {
        return None;
    }
    let (lv, rv) = (ol.eval(Some(x))?, or.eval(Some(x))?);
    if lv != rv {
        return None;
    }
    let value = show(lv, style)?;
    let (lhs, rhs) = (ol.show_with(&xs), or.show_with(&xs));
    let plain = |n: &Node| n.vars() == 0 && n.ops() == 0;
    let msg = Msg::Check {
        x: xs,
        lhs: if plain(&ol) { rhs.clone() } else { lhs.clone() },
        rhs: (!plain(&ol) && !plain(&or)).then(|| rhs.clone()),
        value: value.clone(),
    };
    out.say(
        "check_answer",
        format!("{lhs} = {rhs}"),
        format!("{value} = {value}"),
        msg,
    );
    Some(Done {
        kind: Kind::Equation,
        problem,
        answer,
    })
}
