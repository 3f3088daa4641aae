//! Fractions and mixed numbers: answers from the tests' own fractions.

use super::common::{check, Rng, PER_KIND, Q};
use mathsolve::{solve, Kind, Lang};

#[test]
fn operations_on_fractions_and_mixed_numbers() {
    let mut rng = Rng::new(31);
    for _ in 0..PER_KIND {
        let (b, d) = (rng.range(2, 12), rng.range(2, 12));
        let (a, c) = (rng.range(1, b - 1 + 1), rng.range(1, d + 3));
        let mut left = (format!("{a}/{b}"), Q::new(a, b));
        if rng.chance(25) && a < b {
            let w = rng.range(1, 5);
            left = (format!("{w} {a}/{b}"), Q::new(w * b + a, b));
        }
        let right = if rng.chance(15) {
            let w = rng.range(1, 9);
            (w.to_string(), Q(w, 1))
        } else {
            (format!("{c}/{d}"), Q::new(c, d))
        };
        let (op, v) = match rng.range(0, 3) {
            0 => ("+", Some(left.1.add(right.1))),
            1 => ("−", Some(left.1.sub(right.1))),
            2 => ("×", Some(left.1.mul(right.1))),
            _ => (":", left.1.div(right.1)),
        };
        let problem = format!("{} {op} {}", left.0, right.0);
        check(&problem, Kind::Fraction, &v.unwrap().mixed());
    }
}

#[test]
fn simplifying_and_improper_to_mixed() {
    let mut rng = Rng::new(32);
    for i in 0..PER_KIND {
        let (n, d) = (rng.range(1, 60), rng.range(2, 60));
        let form = [
            "simplify {}",
            "{} ni qisqartir",
            "сократи {}",
            "{} =",
            "{} = ?",
        ][i % 5];
        let problem = form.replace("{}", &format!("{n}/{d}"));
        check(&problem, Kind::Fraction, &Q::new(n, d).mixed());
    }
}

#[test]
fn fraction_steps() {
    let s = solve("1/2 + 1/3", Lang::En).unwrap();
    let changes: Vec<&str> = s.steps.iter().map(|st| st.change.as_str()).collect();
    assert_eq!(changes, ["common_denominator", "add_numerators"]);
    assert_eq!(s.steps[0].expect.as_deref(), Some("6"));
    let s = solve("2 1/3 + 1/2", Lang::En).unwrap();
    assert_eq!(s.steps[0].change, "to_improper_fraction");
    assert_eq!(s.answer, "2 5/6");
    let s = solve("6/8 ni qisqartir", Lang::Uz).unwrap();
    assert_eq!(
        (s.answer.as_str(), s.steps[0].expect.as_deref()),
        ("3/4", Some("2"))
    );
    assert_eq!(solve("1/2 + 1/2", Lang::En).unwrap().answer, "1");
}
