//! Percentages of a number: n × p / 100 written again as a decimal.

use super::common::{check, Rng, PER_KIND, Q};
use mathsolve::{solve, Kind, Lang};

#[test]
fn percent_of_a_number_in_every_form() {
    let mut rng = Rng::new(51);
    let forms = [
        "{p}% of {n}",
        "{n} ning {p}%i",
        "{n} ning {p} foizi",
        "{p}% от {n}",
        "{p}% × {n}",
        "{n} × {p}%",
        "{p} % of {n} = ?",
    ];
    for i in 0..PER_KIND {
        let p = if i % 3 == 0 {
            *rng.pick(&[10, 20, 25, 50, 75])
        } else {
            rng.range(1, 200)
        };
        let n = if i % 2 == 0 {
            rng.range(1, 50) * 100
        } else {
            rng.range(1, 9999)
        };
        let problem = forms[i % forms.len()]
            .replace("{p}", &p.to_string())
            .replace("{n}", &n.to_string());
        let want = Q::new(n * p, 100).decimal('.').unwrap();
        check(&problem, Kind::Percent, &want);
    }
}

#[test]
fn percent_steps() {
    let s = solve("20% of 150", Lang::En).unwrap();
    assert_eq!(s.answer, "30");
    assert_eq!(s.steps[0].change, "percent_to_fraction");
    let s = solve("20% от 300", Lang::Ru).unwrap();
    let changes: Vec<&str> = s.steps.iter().map(|st| st.change.as_str()).collect();
    assert_eq!(
        changes,
        [
            "percent_to_fraction",
            "find_one_percent",
            "multiply_percent"
        ]
    );
    assert_eq!(solve("15% of 30", Lang::En).unwrap().answer, "4.5");
    assert_eq!(solve("12,5% от 80", Lang::Ru).unwrap().answer, "10");
}
