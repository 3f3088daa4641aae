//! Whole-number + − × ÷: answers from i128 arithmetic with `/` and `%`.

use super::common::{check, Rng, PER_KIND};
use mathsolve::{solve, Kind, Lang};

fn pair(rng: &mut Rng, da: u32, db: u32) -> (i128, i128) {
    let (a, b) = (
        rng.range(1, da as i128) as u32,
        rng.range(1, db as i128) as u32,
    );
    (rng.digits(a), rng.digits(b))
}

#[test]
fn addition() {
    let mut rng = Rng::new(1);
    for _ in 0..PER_KIND {
        let (a, b) = pair(&mut rng, 7, 7);
        let op = rng.pick(&["+", "plus", "плюс", "qoʻshish"]);
        check(
            &format!("{a} {op} {b}"),
            Kind::Addition,
            &(a + b).to_string(),
        );
    }
}

#[test]
fn subtraction_with_borrowing_and_below_zero() {
    let mut rng = Rng::new(2);
    for _ in 0..PER_KIND {
        let (a, b) = pair(&mut rng, 7, 7);
        let op = rng.pick(&["-", "−", "–", "minus", "минус", "ayirish"]);
        check(
            &format!("{a} {op} {b}"),
            Kind::Subtraction,
            &(a - b).to_string(),
        );
    }
}

#[test]
fn multiplication() {
    let mut rng = Rng::new(3);
    for _ in 0..PER_KIND {
        let (mut a, mut b) = pair(&mut rng, 4, 3);
        if rng.chance(30) {
            (a, b) = (b, a);
        }
        let op = rng.pick(&[
            "×",
            "*",
            "·",
            "x",
            "х",
            "times",
            "умножить на",
            "koʻpaytirish",
        ]);
        check(
            &format!("{a} {op} {b}"),
            Kind::Multiplication,
            &(a * b).to_string(),
        );
    }
}

#[test]
fn long_division_with_and_without_remainder() {
    let mut rng = Rng::new(4);
    let mut with_rem = 0;
    for i in 0..PER_KIND {
        let (mut a, b) = pair(&mut rng, 7, 3);
        let b = b.max(1);
        if i % 2 == 0 {
            a -= a % b;
        }
        let op = rng.pick(&[":", "÷", "/", "divided by", "разделить на", "boʻlish"]);
        let want = if a % b == 0 {
            (a / b).to_string()
        } else {
            format!("{} r {}", a / b, a % b)
        };
        with_rem += usize::from(a % b != 0);
        check(&format!("{a} {op} {b}"), Kind::Division, &want);
    }
    assert!(with_rem > PER_KIND / 4);
}

#[test]
fn column_steps_say_the_carry_and_the_borrow() {
    let s = solve("47 + 24", Lang::Ru).unwrap();
    assert_eq!(s.steps[1].change, "carry");
    assert!(
        s.steps[1].text.contains("1 пишем, 1 в уме"),
        "{}",
        s.steps[1].text
    );
    assert_eq!(s.steps[1].expect.as_deref(), Some("11"));
    let s = solve("52 - 18", Lang::Uz).unwrap();
    assert!(s
        .steps
        .iter()
        .any(|st| st.change == "borrow" && st.text.contains("bir oʻnlik olamiz")));
    let s = solve("52 - 18", Lang::En).unwrap();
    assert!(s.steps.iter().any(|st| st.text.contains("borrow 1 ten")));
    let s = solve("3 − 5", Lang::En).unwrap();
    assert_eq!(s.answer, "-2");
    assert_eq!(s.steps[0].change, "negative_result");
    let s = solve("1234 × 56", Lang::En).unwrap();
    assert_eq!(
        s.steps
            .iter()
            .filter(|st| st.change == "partial_product")
            .count(),
        2
    );
    let s = solve("87 : 4", Lang::En).unwrap();
    let changes: Vec<&str> = s.steps.iter().map(|st| st.change.as_str()).collect();
    assert!(
        changes.contains(&"divide_step")
            && changes.contains(&"bring_down")
            && changes.contains(&"remainder")
    );
}

#[test]
fn fraction_slash_and_division_slash() {
    assert_eq!(solve("84 / 4", Lang::En).unwrap().kind, Kind::Division);
    assert_eq!(solve("84/4", Lang::En).unwrap().kind, Kind::Fraction);
    assert_eq!(solve("84/4", Lang::En).unwrap().answer, "21");
}
