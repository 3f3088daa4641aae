//! Order of operations: one operation per step, brackets first, × and ÷ before + and −, left to right.

use crate::format::{self, bracket_negative, Style};
use crate::number::Rat;
use crate::parse::tree::{Node, Op};
use crate::steps::{Done, Steps};
use crate::words::{Ask, Msg, Reason};
use crate::Kind;

/// An operation that can be done now (both its sides are numbers).
struct Cand {
    path: Vec<bool>,
    depth: usize,
    group: usize,
    pos: usize,
    op: Op,
}

/// Every operation with its bracket depth and group, and the ones that can be done now.
#[derive(Default)]
struct Scan {
    ops: Vec<(usize, usize, Op)>,
    cands: Vec<Cand>,
    groups: usize,
}

impl Scan {
    fn walk(&mut self, node: &Node, path: &mut Vec<bool>, depth: usize, group: usize) {
        let Node::Bin(b) = node else { return };
        let (depth, group) = if b.paren {
            self.groups += 1;
            (depth + 1, self.groups)
        } else {
            (depth, group)
        };
        path.push(false);
        self.walk(&b.l, path, depth, group);
        path.pop();
        let pos = self.ops.len();
        self.ops.push((depth, group, b.op));
        if matches!((&b.l, &b.r), (Node::Leaf(_), Node::Leaf(_))) {
            self.cands.push(Cand {
                path: path.clone(),
                depth,
                group,
                pos,
                op: b.op,
            });
        }
        path.push(true);
        self.walk(&b.r, path, depth, group);
        path.pop();
    }

    /// The school's next operation and why it goes now.
    fn next(&self) -> Option<(&Cand, Reason)> {
        let depth = self.cands.iter().map(|c| c.depth).max()?;
        let level: Vec<&Cand> = self.cands.iter().filter(|c| c.depth == depth).collect();
        let group = level.iter().min_by_key(|c| c.pos)?.group;
        let in_group = || level.iter().filter(|c| c.group == group);
        let chosen = in_group()
            .filter(|c| c.op.is_mul())
            .min_by_key(|c| c.pos)
            .or_else(|| in_group().min_by_key(|c| c.pos))?;
        let adds_here = self
            .ops
            .iter()
            .any(|&(d, g, op)| d == depth && g == group && !op.is_mul());
        let reason = match (depth > 0, chosen.op.is_mul() && adds_here) {
            (true, true) => Reason::BracketsMulFirst,
            (true, false) => Reason::Brackets,
            (false, true) => Reason::MulFirst,
            (false, false) if self.ops.len() > 1 => Reason::LeftToRight,
            _ => Reason::Last,
        };
        Some((chosen, reason))
    }
}

fn at<'a>(node: &'a mut Node, path: &[bool]) -> &'a mut Node {
    match (path.split_first(), node) {
        (Some((&right, rest)), Node::Bin(b)) => at(if right { &mut b.r } else { &mut b.l }, rest),
        (_, n) => n,
    }
}

/// Does the operations one at a time, each as a step; `frame` writes the whole line around the
/// expression. With `plain` the steps just say "first work out" (a side of an equation, or a
/// one-operation side of a comparison); in an equation only the parts without x are worked out.
pub(crate) fn reduce(
    node: &mut Node,
    style: Style,
    out: &mut Steps,
    frame: &dyn Fn(&Node) -> String,
    plain: bool,
) -> Option<()> {
    loop {
        let mut scan = Scan::default();
        scan.walk(node, &mut Vec::new(), 0, 0);
        let Some((cand, reason)) = scan.next() else {
            return Some(());
        };
        let before = frame(node);
        let target = at(node, &cand.path);
        let Node::Bin(b) = target else { return None };
        let (Node::Leaf(l), Node::Leaf(r)) = (&b.l, &b.r) else {
            return None;
        };
        let v = b.op.apply(l.v, r.v)?;
        let value = format::show(v, style)?;
        let expr = format!("{} {} {}", l.text, b.sign, bracket_negative(r.text.clone()));
        let fraction = !v.is_int() && l.v.is_int() && r.v.is_int() && style == Style::Frac;
        *target = Node::value(v, value.clone());
        let after = frame(node);
        let (change, msg) = if plain {
            (
                "simplify_side",
                Msg::SimplifySide {
                    expr: expr.clone(),
                    value: value.clone(),
                },
            )
        } else {
            let change = match reason {
                Reason::Brackets => "brackets_first",
                Reason::BracketsMulFirst | Reason::MulFirst => "multiply_before_add",
                Reason::LeftToRight => "left_to_right",
                Reason::Last => "last_operation",
            };
            (
                change,
                Msg::Eval {
                    reason,
                    expr: expr.clone(),
                    value: value.clone(),
                    fraction,
                },
            )
        };
        out.ask(change, (before, after), msg, Ask::Compute(expr), value);
    }
}

/// Writes an improper fraction as a mixed number, as a step.
pub(crate) fn to_mixed(v: Rat, out: &mut Steps) -> String {
    let (n, d) = (v.num().abs(), v.den());
    let mixed = format::mixed(v);
    if v.is_int() || n < d {
        return mixed;
    }
    let frac = format::frac(v);
    let msg = Msg::ToMixed {
        frac: frac.clone(),
        n: n.to_string(),
        d: d.to_string(),
        q: (n / d).to_string(),
        r: (n % d).to_string(),
        mixed: mixed.clone(),
    };
    out.ask(
        "to_mixed_number",
        (frac.clone(), mixed.clone()),
        msg,
        Ask::Mixed(frac),
        mixed.clone(),
    );
    mixed
}

/// Works out an expression of several operations.
pub(crate) fn solve(mut node: Node, style: Style, out: &mut Steps) -> Option<Done> {
    let problem = node.show();
    reduce(&mut node, style, out, &Node::show, false)?;
    let v = node.eval(None)?;
    let answer = match style {
        Style::Frac => to_mixed(v, out),
        Style::Dec(sep) => format::decimal(v, sep)?,
    };
    Some(Done {
        kind: Kind::Expression,
        problem,
        answer,
    })
}
