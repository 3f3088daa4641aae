//! Arithmetic facts (`a op b`) and how they are written: operator signs from the language's
//! content, negative numbers in brackets after an operator.

use crate::generate::content::MathPhrases;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    /// Exact division; `a` is a multiple of `b`.
    Div,
}

/// `a op b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    pub a: i64,
    pub op: Op,
    pub b: i64,
}

impl Fact {
    pub fn new(a: i64, op: Op, b: i64) -> Self {
        Self { a, op, b }
    }

    pub fn value(&self) -> i64 {
        match self.op {
            Op::Add => self.a + self.b,
            Op::Sub => self.a - self.b,
            Op::Mul => self.a * self.b,
            Op::Div => self.a / self.b,
        }
    }

    /// "7 + 5", "−3 − (−4)".
    pub fn expr(&self, m: &MathPhrases) -> String {
        format!(
            "{} {} {}",
            num(self.a, true),
            sign(self.op, m),
            num(self.b, false)
        )
    }

    /// "7 + 5 = 12".
    pub fn equation(&self, m: &MathPhrases) -> String {
        format!("{} = {}", self.expr(m), num(self.value(), true))
    }

    /// 1 for facts without carrying, borrowing or big table factors, else 2.
    pub fn difficulty(&self) -> i64 {
        let (a, b) = (self.a, self.b);
        let hard = match self.op {
            _ if a < 0 || b < 0 || self.value() < 0 => true,
            Op::Add => a % 10 + b % 10 >= 10,
            Op::Sub => a % 10 < b % 10,
            Op::Mul => a.max(b) >= 6,
            Op::Div => b.max(self.value()) >= 6,
        };
        1 + i64::from(hard)
    }
}

pub fn sign(op: Op, m: &MathPhrases) -> &str {
    match op {
        Op::Add => &m.plus,
        Op::Sub => &m.minus,
        Op::Mul => &m.times,
        Op::Div => &m.divide,
    }
}

/// A number as written in an expression: "−3" first, "(−3)" after an operator. The minus is
/// U+2212, the sign children see in books.
pub fn num(n: i64, first: bool) -> String {
    match (n < 0, first) {
        (false, _) => n.to_string(),
        (true, true) => format!("−{}", n.unsigned_abs()),
        (true, false) => format!("(−{})", n.unsigned_abs()),
    }
}

/// The digits of `n` reversed (47 → 74), when that is a different number of the same length.
pub fn swapped_digits(n: i64) -> Option<i64> {
    if !(10..10_000).contains(&n) || n % 10 == 0 {
        return None;
    }
    let reversed: String = n.to_string().chars().rev().collect();
    let r: i64 = reversed.parse().ok()?;
    (r != n).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_negative_numbers_in_brackets_after_an_operator() {
        assert_eq!(num(-3, true), "−3");
        assert_eq!(num(-3, false), "(−3)");
        assert_eq!(num(12, false), "12");
    }

    #[test]
    fn swaps_digits_only_when_it_makes_another_number() {
        assert_eq!(swapped_digits(47), Some(74));
        assert_eq!(swapped_digits(44), None);
        assert_eq!(swapped_digits(40), None);
        assert_eq!(swapped_digits(7), None);
        assert_eq!(swapped_digits(123), Some(321));
    }

    #[test]
    fn carrying_makes_a_fact_harder() {
        assert_eq!(Fact::new(3, Op::Add, 4).difficulty(), 1);
        assert_eq!(Fact::new(8, Op::Add, 5).difficulty(), 2);
        assert_eq!(Fact::new(52, Op::Sub, 7).difficulty(), 2);
        assert_eq!(Fact::new(3, Op::Sub, 5).difficulty(), 2);
    }
}
