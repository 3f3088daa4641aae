//! The demo's random draws: a normal distribution (Box–Muller, so no extra crate), the
//! logistic curve of item-response models, and small helpers over a seeded generator.

use rand::rngs::StdRng;
use rand::Rng;

/// A draw from N(mean, sd²).
pub fn normal(rng: &mut StdRng, mean: f64, sd: f64) -> f64 {
    let u1: f64 = rng.gen_range(f64::EPSILON..1.0);
    let u2: f64 = rng.gen();
    mean + sd * (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
}

/// The logistic curve: the chance that someone of ability `theta` gets an item of
/// difficulty `b` right.
pub fn logistic(theta: f64, b: f64) -> f64 {
    1.0 / (1.0 + (-(theta - b)).exp())
}

pub fn chance(rng: &mut StdRng, p: f64) -> bool {
    rng.gen_bool(p.clamp(0.0, 1.0))
}

/// One element of a non-empty slice.
pub fn pick<'a, T>(rng: &mut StdRng, items: &'a [T]) -> &'a T {
    &items[rng.gen_range(0..items.len())]
}

/// How many of `n` tries succeed with chance `p` each.
pub fn binomial(rng: &mut StdRng, n: i64, p: f64) -> i64 {
    (0..n).filter(|_| chance(rng, p)).count() as i64
}
