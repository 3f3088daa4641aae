//! Exact rational numbers on `i128`: every operation is checked and fails rather than overflow.

use std::cmp::Ordering;

/// The largest numerator or denominator a value may have; products of two such stay in `i128`.
const LIMIT: i128 = 1_000_000_000_000_000_000;

/// A reduced fraction `n/d` with `d > 0`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Rat {
    n: i128,
    d: i128,
}

/// Greatest common divisor of the absolute values (`gcd(0, 0) = 0`).
pub(crate) fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Least common multiple of two positive numbers, `None` past the limit.
pub(crate) fn lcm(a: i128, b: i128) -> Option<i128> {
    let g = gcd(a, b);
    if g == 0 {
        return None;
    }
    let m = (a / g).checked_mul(b)?.abs();
    (m <= LIMIT).then_some(m)
}

impl Rat {
    /// A whole number.
    pub(crate) fn int(n: i128) -> Rat {
        Rat { n, d: 1 }
    }

    /// `n/d` reduced; `None` when `d` is zero or a part passes the limit.
    pub(crate) fn new(n: i128, d: i128) -> Option<Rat> {
        if d == 0 {
            return None;
        }
        let g = gcd(n, d);
        let sign = if d < 0 { -1 } else { 1 };
        let (n, d) = (sign * n / g, sign * d / g);
        (n.abs() <= LIMIT && d <= LIMIT).then_some(Rat { n, d })
    }

    /// The numerator (carries the sign).
    pub(crate) fn num(self) -> i128 {
        self.n
    }

    /// The denominator (always positive).
    pub(crate) fn den(self) -> i128 {
        self.d
    }

    /// Whether the value is a whole number.
    pub(crate) fn is_int(self) -> bool {
        self.d == 1
    }

    /// Whether the value is below zero.
    pub(crate) fn is_neg(self) -> bool {
        self.n < 0
    }

    /// Whether the value is zero.
    pub(crate) fn is_zero(self) -> bool {
        self.n == 0
    }

    /// The sum, `None` on overflow.
    pub(crate) fn add(self, o: Rat) -> Option<Rat> {
        let n = self
            .n
            .checked_mul(o.d)?
            .checked_add(o.n.checked_mul(self.d)?)?;
        Rat::new(n, self.d.checked_mul(o.d)?)
    }

    /// The difference, `None` on overflow.
    pub(crate) fn sub(self, o: Rat) -> Option<Rat> {
        self.add(o.neg())
    }

    /// The product, `None` on overflow.
    pub(crate) fn mul(self, o: Rat) -> Option<Rat> {
        Rat::new(self.n.checked_mul(o.n)?, self.d.checked_mul(o.d)?)
    }

    /// The quotient, `None` when dividing by zero or on overflow.
    pub(crate) fn div(self, o: Rat) -> Option<Rat> {
        Rat::new(self.n.checked_mul(o.d)?, self.d.checked_mul(o.n)?)
    }

    /// The opposite number.
    pub(crate) fn neg(self) -> Rat {
        Rat {
            n: -self.n,
            d: self.d,
        }
    }

    /// The whole part, rounded towards zero.
    pub(crate) fn trunc(self) -> i128 {
        self.n / self.d
    }

    /// Ten to the power `k` as a value.
    pub(crate) fn pow10(k: u32) -> Option<Rat> {
        Some(Rat::int(10i128.checked_pow(k)?))
    }

    /// How many decimal places the value needs, `None` when it never ends.
    pub(crate) fn decimal_places(self) -> Option<u32> {
        let mut d = self.d;
        let (mut twos, mut fives) = (0u32, 0u32);
        while d % 2 == 0 {
            d /= 2;
            twos += 1;
        }
        while d % 5 == 0 {
            d /= 5;
            fives += 1;
        }
        (d == 1).then_some(twos.max(fives))
    }
}

impl PartialOrd for Rat {
    fn partial_cmp(&self, o: &Rat) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Rat {
    /// Cross-multiplication; both sides stay below the limit, so the products fit.
    fn cmp(&self, o: &Rat) -> Ordering {
        (self.n * o.d).cmp(&(o.n * self.d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduces_and_orders() {
        let a = Rat::new(6, -8).unwrap();
        assert_eq!((a.num(), a.den()), (-3, 4));
        let half = Rat::new(1, 2).unwrap();
        let third = Rat::new(1, 3).unwrap();
        assert_eq!(half.add(third), Rat::new(5, 6));
        assert!(half > third);
        assert_eq!(half.div(Rat::int(0)), None);
        assert_eq!(Rat::new(1, 8).unwrap().decimal_places(), Some(3));
        assert_eq!(third.decimal_places(), None);
        assert_eq!(lcm(4, 6), Some(12));
        assert_eq!(Rat::int(LIMIT).mul(Rat::int(10)), None);
    }
}
