//! Solving a units problem: everything into the smallest unit, work there, then regroup.

use super::{Input, Part, Unit};
use crate::format::decimal;
use crate::number::Rat;
use crate::steps::{Done, Steps};
use crate::words::{Ask, Msg};
use crate::Kind;

/// Values with their unit names, written "4 m 10 cm".
fn written(parts: &[(Rat, String)], sep: char) -> Option<String> {
    let mut out = Vec::new();
    for (v, unit) in parts {
        out.push(format!("{} {unit}", decimal(*v, sep)?));
    }
    Some(out.join(" "))
}

fn quantity_text(parts: &[Part]) -> String {
    let all: Vec<String> = parts
        .iter()
        .map(|p| format!("{} {}", p.text, p.unit))
        .collect();
    all.join(" ")
}

/// Every unit of the problem once, as first spelt, largest first.
fn units<'a>(parts: impl Iterator<Item = &'a Part>, to: &[Unit]) -> Vec<Unit> {
    let mut all: Vec<Unit> = Vec::new();
    let named = parts
        .map(|p| Unit {
            name: p.unit.clone(),
            size: p.size,
        })
        .chain(to.iter().cloned());
    for u in named {
        if !all.iter().any(|a| a.size == u.size) {
            all.push(u);
        }
    }
    all.sort_by_key(|u| std::cmp::Reverse(u.size));
    all
}

/// Writes every part in the small unit and adds them up; the total in the small unit.
fn to_small(parts: &[Part], small: &Unit, sep: char, out: &mut Steps) -> Option<Rat> {
    let mut values = Vec::new();
    for p in parts {
        if p.size == small.size {
            values.push(p.v);
            continue;
        }
        let f = p.size / small.size;
        let res = p.v.mul(Rat::int(f))?;
        let rs = decimal(res, sep)?;
        let q = format!("{} {}", p.text, p.unit);
        let msg = Msg::UnitConvert {
            v: p.text.clone(),
            from: p.unit.clone(),
            to: small.name.clone(),
            f: f.to_string(),
            res: rs.clone(),
            down: true,
        };
        let ask = Ask::Convert {
            q: q.clone(),
            unit: small.name.clone(),
        };
        out.ask(
            "convert_unit",
            (q, format!("{rs} {}", small.name)),
            msg,
            ask,
            rs,
        );
        values.push(res);
    }
    let mut total = Rat::int(0);
    for v in &values {
        total = total.add(*v)?;
    }
    if values.len() > 1 {
        let texts = values
            .iter()
            .map(|v| decimal(*v, sep))
            .collect::<Option<Vec<_>>>()?;
        let ts = decimal(total, sep)?;
        let with_unit: Vec<String> = texts
            .iter()
            .map(|t| format!("{t} {}", small.name))
            .collect();
        let expr = with_unit.join(" + ");
        let msg = Msg::AddParts {
            expr: format!("{expr} = {ts} {}", small.name),
        };
        let ask = Ask::Compute(texts.join(" + "));
        out.ask(
            "add_parts",
            (expr, format!("{ts} {}", small.name)),
            msg,
            ask,
            ts,
        );
    }
    Some(total)
}

/// How many whole `big` units are in `rest` small ones, as a step; the rest that remains. A zero
/// rest is written only with `keep_zero` (a conversion fills every blank).
fn regroup(
    (rest, keep_zero): (Rat, bool),
    (small, big): (&Unit, &Unit),
    parts: &mut Vec<(Rat, String)>,
    sep: char,
    out: &mut Steps,
) -> Option<Rat> {
    let ratio = Rat::int(big.size / small.size);
    let q = Rat::int(rest.div(ratio)?.trunc());
    let left = rest.sub(q.mul(ratio)?)?;
    parts.push((q, big.name.clone()));
    let mut shown = parts.clone();
    if keep_zero || !left.is_zero() {
        shown.push((left, small.name.clone()));
    }
    let (total, qs) = (decimal(rest, sep)?, decimal(q, sep)?);
    let mut local = vec![(q, big.name.clone())];
    if keep_zero || !left.is_zero() {
        local.push((left, small.name.clone()));
    }
    let result = written(&shown, sep)?;
    let msg = Msg::Regroup {
        total: total.clone(),
        unit: small.name.clone(),
        big: big.name.clone(),
        f: ratio.num().to_string(),
        q: qs.clone(),
        rest: decimal(left, sep)?,
        result: written(&local, sep)?,
    };
    let ask = Ask::WholeUnits {
        total: format!("{total} {}", small.name),
        big: big.name.clone(),
    };
    out.ask(
        "regroup_units",
        (format!("{total} {}", small.name), result),
        msg,
        ask,
        qs,
    );
    Some(left)
}

/// Solves a units problem.
pub(crate) fn solve(input: Input, out: &mut Steps) -> Option<Done> {
    match input {
        Input::Convert { from, to, sep } => convert(&from, &to, sep, out),
        Input::Op { a, b, plus, sep } => operate(&a, &b, plus, sep, out),
    }
}

fn convert(from: &[Part], to: &[Unit], sep: char, out: &mut Steps) -> Option<Done> {
    let all = units(from.iter(), to);
    let small = all.last()?.clone();
    let blanks: Vec<String> = to.iter().map(|u| format!("? {}", u.name)).collect();
    let problem = format!("{} = {}", quantity_text(from), blanks.join(" "));
    let mut rest = to_small(from, &small, sep, out)?;
    let mut parts: Vec<(Rat, String)> = Vec::new();
    for (i, u) in to.iter().enumerate() {
        if i + 1 < to.len() {
            rest = regroup((rest, true), (&small, u), &mut parts, sep, out)?;
            continue;
        }
        if u.size == small.size {
            parts.push((rest, u.name.clone()));
        } else {
            let f = u.size / small.size;
            let v = rest.div(Rat::int(f))?;
            let (vs, rs) = (decimal(v, sep)?, decimal(rest, sep)?);
            parts.push((v, u.name.clone()));
            let q = format!("{rs} {}", small.name);
            let msg = Msg::UnitConvert {
                v: rs,
                from: small.name.clone(),
                to: u.name.clone(),
                f: f.to_string(),
                res: vs.clone(),
                down: false,
            };
            let ask = Ask::Convert {
                q: q.clone(),
                unit: u.name.clone(),
            };
            out.ask("convert_unit", (q, written(&parts, sep)?), msg, ask, vs);
        }
    }
    let answer = written(&parts, sep)?;
    Some(Done {
        kind: Kind::Units,
        problem,
        answer,
    })
}

fn operate(a: &[Part], b: &[Part], plus: bool, sep: char, out: &mut Steps) -> Option<Done> {
    let all = units(a.iter().chain(b.iter()), &[]);
    let small = all.last()?.clone();
    let sign = if plus { '+' } else { '−' };
    let problem = format!("{} {sign} {}", quantity_text(a), quantity_text(b));
    let (ta, tb) = (
        to_small(a, &small, sep, out)?,
        to_small(b, &small, sep, out)?,
    );
    let r = if plus { ta.add(tb)? } else { ta.sub(tb)? };
    if r.is_neg() {
        return None;
    }
    let (xs, ys, rs) = (decimal(ta, sep)?, decimal(tb, sep)?, decimal(r, sep)?);
    let u = &small.name;
    let expr = format!("{xs} {u} {sign} {ys} {u}");
    let msg = Msg::QuantityOp {
        plus,
        expr: format!("{expr} = {rs} {u}"),
    };
    let change = if plus {
        "add_quantities"
    } else {
        "subtract_quantities"
    };
    let ask = Ask::Compute(format!("{xs} {sign} {ys}"));
    out.ask(change, (expr, format!("{rs} {u}")), msg, ask, rs);
    let mut rest = r;
    let mut parts = Vec::new();
    for big in &all[..all.len() - 1] {
        if rest.div(Rat::int(big.size / small.size))?.trunc() > 0 {
            rest = regroup((rest, false), (&small, big), &mut parts, sep, out)?;
        }
    }
    if !rest.is_zero() || parts.is_empty() {
        parts.push((rest, small.name.clone()));
    }
    let answer = written(&parts, sep)?;
    Some(Done {
        kind: Kind::Units,
        problem,
        answer,
    })
}
