//! Linear equations: the solution is chosen first (or found by the tests' own fractions), then
//! the equation is built around it.

use super::common::{check, refused, Rng, PER_KIND, Q};
use mathsolve::{solve, Kind, Lang};

/// An equation and its solution, with every number written non-negative.
fn equation(rng: &mut Rng, shape: usize) -> Option<(String, Q)> {
    let x = rng.range(-20, 40);
    let (a, b) = (rng.range(2, 9), rng.range(1, 30));
    let unknown = *rng.pick(&["x", "х", "?", "□"]);
    let nonneg = |v: i128| (v >= 0).then_some(v);
    let q = Q(x, 1);
    Some(match shape {
        0 => (format!("{a}{unknown} + {b} = {}", nonneg(a * x + b)?), q),
        1 => (format!("{unknown} : {a} = {}", nonneg(x)?), Q(x * a, 1)),
        2 => (format!("{unknown} − {b} = {}", nonneg(x)?), Q(x + b, 1)),
        3 => (format!("{} − {unknown} = {}", nonneg(x + b)?, b), q),
        4 => (format!("{a} × {unknown} = {}", nonneg(a * x)?), q),
        5 => {
            let d = rng.range(1, 9);
            if d == a {
                return None;
            }
            let e = nonneg(a * x + b - d * x)?;
            (format!("{a}x + {b} = {d}x + {e}"), q)
        }
        6 => (
            format!("({unknown} + {b}) × {a} = {}", nonneg((x + b) * a)?),
            q,
        ),
        7 => {
            let c = rng.range(1, 12);
            let x = nonneg(x)?.max(1);
            (format!("{} : {unknown} = {c}", x * c), Q(x, 1))
        }
        _ => {
            let c = rng.range(1, 80);
            (format!("{a}x = {c}"), Q::new(c, a))
        }
    })
}

#[test]
fn equations_of_every_shape() {
    let mut rng = Rng::new(71);
    let mut done = 0;
    while done < PER_KIND {
        let Some((problem, x)) = equation(&mut rng, done % 9) else {
            continue;
        };
        let answer = format!("x = {}", x.improper());
        check(&problem, Kind::Equation, &answer);
        for st in solve(&problem, Lang::En).unwrap().steps {
            let solved = st.after.starts_with("x = ") || st.change == "check_answer";
            if !solved && !st.after.contains('-') {
                assert_eq!(
                    solve(&st.after, Lang::En).unwrap().answer,
                    answer,
                    "{problem}: {:?}",
                    st.after
                );
            }
        }
        done += 1;
    }
}

#[test]
fn equation_steps_end_with_a_check() {
    let s = solve("2x + 3 = 11", Lang::En).unwrap();
    let changes: Vec<&str> = s.steps.iter().map(|st| st.change.as_str()).collect();
    assert_eq!(
        changes,
        [
            "subtract_from_both_sides",
            "divide_both_sides",
            "check_answer"
        ]
    );
    assert_eq!(s.answer, "x = 4");
    assert_eq!(solve("3x = 7", Lang::En).unwrap().answer, "x = 7/3");
    assert_eq!(solve("x + 10 = 3", Lang::Ru).unwrap().answer, "x = -7");
    assert_eq!(solve("96 : x = 8", Lang::Uz).unwrap().answer, "x = 12");
    assert_eq!(solve("5x − 2 = 2x + 7", Lang::En).unwrap().answer, "x = 3");
    assert_eq!(
        solve("2(x + 1) + x = 11", Lang::En).unwrap().answer,
        "x = 3"
    );
    for p in [
        "x = x + 1",
        "0x = 0",
        "2x = 2x",
        "0 : x = 0",
        "x × x = 4",
        "6 : x = 0",
    ] {
        refused(p);
    }
}
