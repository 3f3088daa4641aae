//! Column multiplication: digit by digit with carries, or partial products and their sum.

use super::{answer_step, digits};
use crate::steps::Steps;
use crate::words::{Ask, Msg};

/// Multiplies two whole numbers in a column and returns the answer.
pub(super) fn mul(a: i128, b: i128, problem: &str, out: &mut Steps) -> String {
    let (mut top, mut by) = (a, b);
    if digits(b).len() > digits(a).len() {
        let msg = Msg::SwapFactors {
            a: a.to_string(),
            b: b.to_string(),
        };
        out.say("swap_factors", problem, format!("{b} × {a}"), msg);
        (top, by) = (b, a);
    }
    if top >= 10 {
        out.say(
            "line_up_columns",
            problem,
            format!("{top} × {by}"),
            Msg::LineUp,
        );
    }
    if by < 10 {
        by_digit(top, by as u32, out);
    } else {
        partial_products(top, by, out);
    }
    answer_step(problem, a * b, None, out)
}

fn by_digit(top: i128, m: u32, out: &mut Steps) {
    let dt = digits(top);
    let mut carry = 0;
    for (place, &d) in dt.iter().enumerate() {
        let p = d * m + carry;
        let expr = if carry > 0 {
            format!("{d} × {m} + {carry}")
        } else {
            format!("{d} × {m}")
        };
        let carries = place + 1 < dt.len() && p >= 10;
        let msg = Msg::Column {
            place,
            expr: expr.clone(),
            value: p.to_string(),
            carry: carries.then(|| ((p % 10).to_string(), (p / 10).to_string())),
        };
        out.ask(
            "multiply_digit",
            (expr.clone(), p.to_string()),
            msg,
            Ask::Compute(expr),
            p.to_string(),
        );
        carry = p / 10;
    }
}

fn partial_products(top: i128, by: i128, out: &mut Steps) {
    let mut rows = Vec::new();
    let mut scale: i128 = 1;
    for (place, &d) in digits(by).iter().enumerate() {
        let times = i128::from(d) * scale;
        scale *= 10;
        if d == 0 {
            continue;
        }
        let product = top * i128::from(d);
        let shifted = top * times;
        let msg = Msg::PartialProduct {
            place,
            a: top.to_string(),
            digit: d,
            product: product.to_string(),
            times: times.to_string(),
            shifted: shifted.to_string(),
        };
        let expr = format!("{top} × {times}");
        out.ask(
            "partial_product",
            (expr.clone(), shifted.to_string()),
            msg,
            Ask::Compute(expr),
            shifted.to_string(),
        );
        rows.push(shifted);
    }
    if rows.len() > 1 {
        let expr = rows
            .iter()
            .map(i128::to_string)
            .collect::<Vec<_>>()
            .join(" + ");
        let sum: i128 = rows.iter().sum();
        let msg = Msg::AddRows {
            expr: format!("{expr} = {sum}"),
        };
        out.ask(
            "add_partial_products",
            (expr.clone(), sum.to_string()),
            msg,
            Ask::Compute(expr),
            sum.to_string(),
        );
    }
}
