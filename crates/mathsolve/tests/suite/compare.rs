//! Comparison: the sign from integer scaling and cross-multiplication.

use std::cmp::Ordering;

use super::common::{check, Rng, PER_KIND};
use mathsolve::{solve, Kind, Lang};

fn sign(o: Ordering) -> &'static str {
    match o {
        Ordering::Less => "<",
        Ordering::Equal => "=",
        Ordering::Greater => ">",
    }
}

const BLANKS: [&str; 6] = ["?", "_", "…", "□", "___", "..."];

#[test]
fn whole_numbers_place_by_place() {
    let mut rng = Rng::new(21);
    for i in 0..PER_KIND {
        let n = rng.range(1, 7) as u32;
        let a = rng.digits(n);
        let m = rng.range(1, 7) as u32;
        let b = match i % 4 {
            0 => a,
            1 => a + rng.range(0, 99),
            _ => rng.digits(m),
        };
        let blank = rng.pick(&BLANKS);
        check(
            &format!("{a} {blank} {b}"),
            Kind::Comparison,
            sign(a.cmp(&b)),
        );
    }
}

#[test]
fn fractions_by_cross_multiplication() {
    let mut rng = Rng::new(22);
    for _ in 0..PER_KIND {
        let (b, d) = (rng.range(2, 12), rng.range(2, 12));
        let (a, c) = (rng.range(1, b * 2), rng.range(1, d * 2));
        check(
            &format!("{a}/{b} ? {c}/{d}"),
            Kind::Comparison,
            sign((a * d).cmp(&(c * b))),
        );
    }
}

#[test]
fn decimals_by_scaling() {
    let mut rng = Rng::new(23);
    for _ in 0..PER_KIND {
        let (pa, pb) = (rng.range(1, 3) as u32, rng.range(0, 3) as u32);
        let (x, y) = (rng.range(1, 9999), rng.range(1, 9999));
        let sep = *rng.pick(&['.', ',']);
        let show = |v: i128, p: u32| {
            if p == 0 {
                v.to_string()
            } else {
                let s = 10i128.pow(p);
                format!("{}{sep}{:0w$}", v / s, v % s, w = p as usize)
            }
        };
        let (a, b) = (show(x, pa), show(y, pb));
        let k = pa.max(pb);
        let (sx, sy) = (x * 10i128.pow(k - pa), y * 10i128.pow(k - pb));
        check(&format!("{a} ? {b}"), Kind::Comparison, sign(sx.cmp(&sy)));
    }
}

#[test]
fn expressions_on_either_side() {
    let mut rng = Rng::new(24);
    for _ in 0..PER_KIND / 2 {
        let (a, b, c) = (rng.range(1, 60), rng.range(1, 60), rng.range(1, 120));
        check(
            &format!("{a} + {b} ? {c}"),
            Kind::Comparison,
            sign((a + b).cmp(&c)),
        );
        check(
            &format!("{c} ? {a} × {b}"),
            Kind::Comparison,
            sign(c.cmp(&(a * b))),
        );
    }
}

#[test]
fn comparison_steps() {
    let s = solve("47 ? 74", Lang::Uz).unwrap();
    assert_eq!(s.answer, "<");
    assert_eq!(s.steps.last().unwrap().after, "47 < 74");
    let s = solve("3/4 ? 2/3", Lang::En).unwrap();
    assert_eq!(s.steps[0].change, "common_denominator");
    assert_eq!(s.steps[0].expect.as_deref(), Some("12"));
    let s = solve("0.5 ? 0.45", Lang::Ru).unwrap();
    assert_eq!(s.steps[0].after, "0.50 ? 0.45");
    assert_eq!(solve("12 + 5 ? 17", Lang::En).unwrap().answer, "=");
}
