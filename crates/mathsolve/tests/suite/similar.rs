//! `similar`: a fresh problem of the same kind and shape, deterministic for a seed.

use mathsolve::{similar, solve, Lang};

fn class(answer: &str) -> String {
    let mut out = String::new();
    for c in answer.chars() {
        if !c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('#') {
            out.push('#');
        }
    }
    out
}

#[test]
fn similar_problems_keep_the_shape() {
    let problems = [
        "47 + 24",
        "503 − 278",
        "3 − 5",
        "126 × 4",
        "23 × 14",
        "84 : 4",
        "87 : 4",
        "(8 − 3) × 2 + 10 : 5",
        "2 + 3 × 4",
        "47 ? 74",
        "3/4 ? 2/3",
        "0.5 ? 0.45",
        "12 + 5 ? 20",
        "1/2 + 1/3",
        "3/4 − 1/8",
        "2/3 × 3/5",
        "3/4 : 1/2",
        "2 1/3 + 1/2",
        "simplify 6/8",
        "0.5 + 0.25",
        "3,2 − 1,75",
        "1.5 × 4",
        "7.5 : 3",
        "20% of 150",
        "150 ning 20%i",
        "3 m 20 cm = ? cm",
        "150 min = ? h ? min",
        "2 m 30 cm + 1 m 80 cm",
        "5000 soʻm + 2500 soʻm",
        "2x + 3 = 11",
        "x : 4 = 7",
        "45 − x = 18",
        "5x − 2 = 2x + 7",
        "96 : x = 8",
        "(x + 3) × 2 = 14",
    ];
    for p in problems {
        let original = solve(p, Lang::En).unwrap();
        let mut differs = 0;
        for seed in 0..100 {
            let s = similar(p, seed).unwrap();
            assert_eq!(
                similar(p, seed).as_deref(),
                Some(s.as_str()),
                "{p}: not deterministic"
            );
            let new = solve(&s, Lang::En).unwrap_or_else(|_| panic!("{p} → {s} does not solve"));
            assert_eq!(new.kind, original.kind, "{p} → {s}");
            assert_eq!(class(&new.answer), class(&original.answer), "{p} → {s}");
            assert_eq!(
                s.chars().filter(char::is_ascii_digit).count(),
                p.chars().filter(char::is_ascii_digit).count()
            );
            differs += usize::from(s != p);
        }
        assert!(differs >= 90, "{p}: only {differs} of 100 differ");
    }
    assert_eq!(similar("sqrt 4", 1), None);
    assert!(solve(&similar("87 : 4", 3).unwrap(), Lang::En)
        .unwrap()
        .answer
        .contains(" r "));
}
