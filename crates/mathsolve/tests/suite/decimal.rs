//! Decimals: answers from integer scaling; a quotient that does not end within 6 places is refused.

use super::common::{check, refused, Rng, PER_KIND, Q};
use mathsolve::{solve, Kind, Lang};

/// A random decimal with 0 to 3 places (at least one of the two operands has places).
fn number(rng: &mut Rng, sep: char, places: u32) -> (String, Q) {
    let v = rng.range(1, 9999);
    let s = 10i128.pow(places);
    let text = if places == 0 {
        v.to_string()
    } else {
        format!("{}{sep}{:0w$}", v / s, v % s, w = places as usize)
    };
    (text, Q::new(v, s))
}

#[test]
fn decimal_operations() {
    let mut rng = Rng::new(41);
    let mut refusals = 0;
    for _ in 0..PER_KIND {
        let sep = *rng.pick(&['.', ',']);
        let (pa, pb) = (rng.range(1, 3) as u32, rng.range(0, 3) as u32);
        let (a, x) = number(&mut rng, sep, pa);
        let (b, y) = number(&mut rng, sep, pb);
        let (op, v) = match rng.range(0, 3) {
            0 => ("+", Some(x.add(y))),
            1 => ("−", Some(x.sub(y))),
            2 => ("×", Some(x.mul(y))),
            _ => (":", x.div(y)),
        };
        let problem = format!("{a} {op} {b}");
        match v.unwrap().decimal(sep) {
            Some(want) => check(&problem, Kind::Decimal, &want),
            None => {
                assert_eq!(op, ":", "{problem}");
                refused(&problem);
                refusals += 1;
            }
        }
    }
    assert!(refusals < PER_KIND / 3, "{refusals}");
}

#[test]
fn decimal_division_that_ends() {
    let mut rng = Rng::new(42);
    for _ in 0..PER_KIND {
        let d = *rng.pick(&[2, 4, 5, 8, 10, 16, 20, 25, 40, 50]);
        let (q, places) = (rng.range(1, 999), rng.range(1, 2) as u32);
        let n = q * d;
        let s = 10i128.pow(places);
        let a = format!("{}.{:0w$}", n / s, n % s, w = places as usize);
        check(
            &format!("{a} : {d}"),
            Kind::Decimal,
            &Q::new(n, s * d).decimal('.').unwrap(),
        );
    }
}

#[test]
fn decimal_steps() {
    let s = solve("0.5 + 0.25", Lang::En).unwrap();
    let changes: Vec<&str> = s.steps.iter().map(|st| st.change.as_str()).collect();
    assert_eq!(
        changes,
        [
            "line_up_decimal_points",
            "add_as_whole_numbers",
            "place_decimal_point"
        ]
    );
    assert_eq!(s.answer, "0.75");
    assert_eq!(solve("3,2 − 1,75", Lang::Ru).unwrap().answer, "1,45");
    assert_eq!(solve("1.5 × 4", Lang::Uz).unwrap().answer, "6");
    assert_eq!(solve("7.5 : 3", Lang::En).unwrap().answer, "2.5");
    assert!(solve("1 : 0.3", Lang::En).is_err());
}
