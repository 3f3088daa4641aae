//! Column subtraction from the ones, with borrowing; a smaller minuend gives a negative answer.

use super::{answer_step, digits};
use crate::steps::Steps;
use crate::words::{Ask, Msg};

/// Subtracts two whole numbers column by column and returns the answer.
pub(super) fn sub(a: i128, b: i128, problem: &str, out: &mut Steps) -> String {
    let (top, bottom) = if a < b {
        let swapped = format!("-({b} − {a})");
        let msg = Msg::NegativeResult {
            a: a.to_string(),
            b: b.to_string(),
        };
        out.say("negative_result", problem, swapped, msg);
        (b, a)
    } else {
        (a, b)
    };
    let (dt, db) = (digits(top), digits(bottom));
    if dt.len() > 1 {
        out.say(
            "line_up_columns",
            problem,
            format!("{top} − {bottom}"),
            Msg::LineUp,
        );
    }
    let mut borrow_in = false;
    for (place, &t) in dt.iter().enumerate() {
        let d = db.get(place).copied().unwrap_or(0);
        let have = i64::from(t) - i64::from(borrow_in);
        let borrow_out = have < i64::from(d);
        let from = have + if borrow_out { 10 } else { 0 };
        let result = (from - i64::from(d)) as u32;
        let expr = format!("{from} − {d}");
        let msg = Msg::SubColumn {
            place,
            top: t,
            bottom: d,
            borrow_in,
            borrow_out,
            result,
        };
        let change = if borrow_out {
            "borrow"
        } else {
            "subtract_column"
        };
        out.ask(
            change,
            (expr.clone(), result.to_string()),
            msg,
            Ask::Compute(expr),
            result.to_string(),
        );
        borrow_in = borrow_out;
    }
    answer_step(problem, a - b, None, out)
}
