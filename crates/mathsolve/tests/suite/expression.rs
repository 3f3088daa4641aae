//! Order of operations: random trees evaluated with the tests' own fractions.

use super::common::{check, Rng, PER_KIND, Q};
use mathsolve::{solve, Kind, Lang};

enum E {
    N(i128),
    B(char, Box<E>, Box<E>, bool),
}

fn prec(op: char) -> u8 {
    if op == '+' || op == '−' {
        1
    } else {
        2
    }
}

fn gen(rng: &mut Rng, depth: u32) -> E {
    if depth == 0 || rng.chance(30) {
        return E::N(rng.range(1, 30));
    }
    let op = *rng.pick(&['+', '−', '×', ':']);
    E::B(
        op,
        Box::new(gen(rng, depth - 1)),
        Box::new(gen(rng, depth - 1)),
        rng.chance(15),
    )
}

fn ops(e: &E) -> usize {
    match e {
        E::N(_) => 0,
        E::B(_, l, r, _) => 1 + ops(l) + ops(r),
    }
}

fn eval(e: &E) -> Option<Q> {
    match e {
        E::N(n) => Some(Q(*n, 1)),
        E::B(op, l, r, _) => {
            let (a, b) = (eval(l)?, eval(r)?);
            match op {
                '+' => Some(a.add(b)),
                '−' => Some(a.sub(b)),
                '×' => Some(a.mul(b)),
                _ => a.div(b),
            }
        }
    }
}

/// Brackets where the order needs them, and sometimes where it does not.
fn text(e: &E, parent: u8, right: bool) -> String {
    match e {
        E::N(n) => n.to_string(),
        E::B(op, l, r, extra) => {
            let p = prec(*op);
            let s = format!("{} {op} {}", text(l, p, false), text(r, p, true));
            if *extra || p < parent || (right && p == parent) {
                format!("({s})")
            } else {
                s
            }
        }
    }
}

/// Each line of the work, solved again, has the same value (lines with a negative number are
/// skipped: a leading minus is not accepted as input).
fn every_line_keeps_the_value(problem: &str, answer: &str) {
    let s = solve(problem, Lang::En).unwrap();
    for st in &s.steps {
        if st.after.contains('-') || st.change == "to_mixed_number" {
            continue;
        }
        let line = format!("({}) × 1 + 0", st.after);
        let again = solve(&line, Lang::En)
            .unwrap_or_else(|_| panic!("{problem}: line {line:?}"))
            .answer;
        assert_eq!(again, answer, "{problem}: line {:?}", st.after);
    }
}

#[test]
fn order_of_operations() {
    let mut rng = Rng::new(11);
    let mut done = 0;
    while done < PER_KIND {
        let e = gen(&mut rng, 3);
        if ops(&e) < 2 {
            continue;
        }
        let problem = text(&e, 0, false);
        match eval(&e) {
            Some(v) => {
                check(&problem, Kind::Expression, &v.mixed());
                every_line_keeps_the_value(&problem, &v.mixed());
            }
            None => super::common::refused(&problem),
        }
        done += 1;
    }
}

#[test]
fn says_why_each_operation_goes_first() {
    let s = solve("(8 − 3) × 2 + 10 : 5", Lang::En).unwrap();
    let changes: Vec<&str> = s.steps.iter().map(|st| st.change.as_str()).collect();
    assert_eq!(
        changes,
        [
            "brackets_first",
            "multiply_before_add",
            "multiply_before_add",
            "last_operation"
        ]
    );
    assert_eq!(s.answer, "12");
    let s = solve("7 : 2 + 1", Lang::Ru).unwrap();
    assert_eq!(s.answer, "4 1/2");
    assert!(s.steps[0].text.contains("не целое"));
    assert_eq!(solve("2 + 3 × 4", Lang::Uz).unwrap().answer, "14");
    assert_eq!(solve("2.5 + 1.5 × 2", Lang::En).unwrap().answer, "5.5");
    assert_eq!(
        solve("20 − 8 − 2", Lang::En).unwrap().steps[0].change,
        "left_to_right"
    );
}
