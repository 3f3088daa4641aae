//! Column addition from the ones, one step per column, saying the carry.

use super::{answer_step, digits};
use crate::steps::Steps;
use crate::words::{Ask, Msg};

/// Adds two whole numbers column by column and returns the answer.
pub(super) fn add(a: i128, b: i128, problem: &str, out: &mut Steps) -> String {
    let (da, db) = (digits(a), digits(b));
    let n = da.len().max(db.len());
    if n > 1 {
        out.say("line_up_columns", problem, problem, Msg::LineUp);
    }
    let mut carry = 0;
    for place in 0..n {
        let (x, y) = (
            da.get(place).copied().unwrap_or(0),
            db.get(place).copied().unwrap_or(0),
        );
        let sum = x + y + carry;
        let expr = if carry > 0 {
            format!("{x} + {y} + {carry}")
        } else {
            format!("{x} + {y}")
        };
        let last = place + 1 == n;
        let carries = !last && sum >= 10;
        let msg = Msg::Column {
            place,
            expr: expr.clone(),
            value: sum.to_string(),
            carry: carries.then(|| ((sum % 10).to_string(), (sum / 10).to_string())),
        };
        let change = if carries { "carry" } else { "add_column" };
        out.ask(
            change,
            (expr.clone(), sum.to_string()),
            msg,
            Ask::Compute(expr),
            sum.to_string(),
        );
        carry = sum / 10;
    }
    answer_step(problem, a + b, None, out)
}
