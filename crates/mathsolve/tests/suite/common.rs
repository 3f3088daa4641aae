//! What every test shares: a seeded generator, exact fractions of the tests' own, answer formats
//! written again, and the integrity rules every solution must follow.

use mathsolve::{solve, Kind, Lang, Solution};

/// The three languages.
pub const LANGS: [Lang; 3] = [Lang::Uz, Lang::Ru, Lang::En];

/// Problems generated per kind.
pub const PER_KIND: usize = 320;

/// Every change type the engine may use (the list in `docs/mathsolve.md`).
pub const CHANGES: &[&str] = &[
    "line_up_columns",
    "add_column",
    "carry",
    "subtract_column",
    "borrow",
    "negative_result",
    "swap_factors",
    "multiply_digit",
    "partial_product",
    "add_partial_products",
    "first_part",
    "divide_step",
    "multiply_subtract",
    "bring_down",
    "remainder",
    "write_answer",
    "brackets_first",
    "multiply_before_add",
    "left_to_right",
    "last_operation",
    "to_mixed_number",
    "compare_digit_count",
    "compare_digits",
    "common_denominator",
    "compare_numerators",
    "line_up_decimal_places",
    "compare_decimals",
    "to_improper_fraction",
    "whole_as_fraction",
    "add_numerators",
    "subtract_numerators",
    "multiply_fractions",
    "multiply_by_reciprocal",
    "simplify_fraction",
    "already_simplest",
    "fraction_to_whole",
    "line_up_decimal_points",
    "add_as_whole_numbers",
    "subtract_as_whole_numbers",
    "multiply_as_whole_numbers",
    "divide_as_whole_numbers",
    "place_decimal_point",
    "make_divisor_whole",
    "percent_to_fraction",
    "find_one_percent",
    "multiply_percent",
    "multiply_first",
    "divide_by_100",
    "convert_unit",
    "add_parts",
    "add_quantities",
    "subtract_quantities",
    "regroup_units",
    "simplify_side",
    "collect_like_terms",
    "add_to_both_sides",
    "subtract_from_both_sides",
    "multiply_both_sides",
    "divide_both_sides",
    "swap_sides",
    "check_answer",
];

/// xorshift64*: a tiny generator of the tests' own.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number from `lo` to `hi`, both included.
    pub fn range(&mut self, lo: i128, hi: i128) -> i128 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i128
    }

    /// A whole number with exactly `digits` digits.
    pub fn digits(&mut self, digits: u32) -> i128 {
        if digits == 1 {
            return self.range(0, 9);
        }
        self.range(10i128.pow(digits - 1), 10i128.pow(digits) - 1)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len() as i128 - 1) as usize]
    }

    pub fn chance(&mut self, percent: i128) -> bool {
        self.range(1, 100) <= percent
    }
}

pub fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

/// An exact fraction of the tests' own: numerator and positive denominator, reduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Q(pub i128, pub i128);

impl Q {
    pub fn new(n: i128, d: i128) -> Q {
        assert!(d != 0);
        let g = gcd(n, d).max(1) * d.signum();
        Q(n / g, d / g)
    }
    pub fn add(self, o: Q) -> Q {
        Q::new(self.0 * o.1 + o.0 * self.1, self.1 * o.1)
    }
    pub fn sub(self, o: Q) -> Q {
        Q::new(self.0 * o.1 - o.0 * self.1, self.1 * o.1)
    }
    pub fn mul(self, o: Q) -> Q {
        Q::new(self.0 * o.0, self.1 * o.1)
    }
    pub fn div(self, o: Q) -> Option<Q> {
        (o.0 != 0).then(|| Q::new(self.0 * o.1, self.1 * o.0))
    }

    /// "2", "3/4", "2 1/3", "-2 1/3".
    pub fn mixed(self) -> String {
        let (n, d) = (self.0.abs(), self.1);
        let sign = if self.0 < 0 { "-" } else { "" };
        match (n / d, n % d) {
            (w, 0) => format!("{sign}{w}"),
            (0, r) => format!("{sign}{r}/{d}"),
            (w, r) => format!("{sign}{w} {r}/{d}"),
        }
    }

    /// "7/3", "-4", written improper.
    pub fn improper(self) -> String {
        if self.1 == 1 {
            self.0.to_string()
        } else {
            format!("{}/{}", self.0, self.1)
        }
    }

    /// The decimal with as few places as needed, at most 6; `None` when it does not end there.
    pub fn decimal(self, sep: char) -> Option<String> {
        for places in 0..=6u32 {
            let scale = 10i128.pow(places);
            if (self.0 * scale) % self.1 == 0 {
                let v = (self.0 * scale / self.1).abs();
                let sign = if self.0 < 0 { "-" } else { "" };
                if places == 0 {
                    return Some(format!("{sign}{v}"));
                }
                let (w, f) = (v / scale, v % scale);
                return Some(format!(
                    "{sign}{w}{sep}{f:0width$}",
                    width = places as usize
                ));
            }
        }
        None
    }
}

/// Solves in every language and checks the kind, the answer and the steps' integrity.
pub fn check(problem: &str, kind: Kind, answer: &str) {
    for lang in LANGS {
        let s =
            solve(problem, lang).unwrap_or_else(|_| panic!("{problem:?} was refused in {lang:?}"));
        assert_eq!(s.kind, kind, "{problem:?}");
        assert_eq!(s.answer, answer, "{problem:?} in {lang:?}");
        integrity(&s, lang);
    }
}

/// The rules every solution follows; see `docs/mathsolve.md`.
pub fn integrity(s: &Solution, lang: Lang) {
    let p = &s.problem;
    assert!(!s.steps.is_empty(), "{p}: no steps");
    for st in &s.steps {
        assert!(
            CHANGES.contains(&st.change.as_str()),
            "{p}: unknown change {}",
            st.change
        );
        assert!(!st.text.trim().is_empty(), "{p}: empty text");
        assert_eq!(
            st.ask.is_some(),
            st.expect.is_some(),
            "{p}: ask and expect differ at {}",
            st.change
        );
        if let Some(e) = &st.expect {
            assert!(!e.is_empty(), "{p}: empty expect");
            assert!(
                st.after.contains(e.as_str()) || st.text.contains(e.as_str()),
                "{p}: {e:?} not in step {st:?}"
            );
        }
        let all = [
            &st.text,
            &st.before,
            &st.after,
            st.ask.as_ref().unwrap_or(&String::new()),
        ]
        .map(|x| x.as_str())
        .concat();
        assert!(
            !all.contains('{') && !all.contains('}'),
            "{p}: braces in {st:?}"
        );
        if lang == Lang::Uz {
            assert!(!all.contains('\''), "{p}: plain apostrophe in {st:?}");
        }
    }
    let last = s.steps.last().unwrap();
    match s.kind {
        Kind::Equation => {
            assert_eq!(last.change, "check_answer", "{p}");
            assert_eq!(s.steps[s.steps.len() - 2].after, s.answer, "{p}");
        }
        Kind::Comparison => {
            let parts: Vec<&str> = last.after.split(' ').collect();
            assert!(parts.contains(&s.answer.as_str()), "{p}: {:?}", last.after);
            assert_eq!(
                parts.iter().filter(|t| ["<", ">", "="].contains(t)).count(),
                1,
                "{p}"
            );
        }
        _ => assert_eq!(last.after, s.answer, "{p}: last step"),
    }
}

/// Solving is refused in every language, with examples.
pub fn refused(problem: &str) {
    for lang in LANGS {
        match solve(problem, lang) {
            Err(e) => assert!(!e.examples.is_empty()),
            Ok(s) => panic!("{problem:?} should be refused, got {:?}", s.answer),
        }
    }
}
