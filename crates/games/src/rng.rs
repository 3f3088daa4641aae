//! The seeded random numbers every game draws from, the same in the page
//! (`web/js/games/rng.js`) and in the server's replay: Mulberry32, a 32-bit generator small
//! enough to write identically in both languages. Checked against `vectors/rng.json`.

/// Mulberry32 over a 32-bit seed.
#[derive(Clone, Debug)]
pub struct Rng {
    state: u32,
}

impl Rng {
    pub fn new(seed: u32) -> Self {
        Self { state: seed }
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        self.state = self.state.wrapping_add(0x6D2B_79F5);
        let mut t = self.state;
        t = (t ^ (t >> 15)).wrapping_mul(t | 1);
        t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
        t ^ (t >> 14)
    }

    /// A number in `[0, 1)`.
    pub fn next_f64(&mut self) -> f64 {
        f64::from(self.next_u32()) / 4_294_967_296.0
    }

    /// A whole number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u32) -> u32 {
        (self.next_f64() * f64::from(n)) as u32
    }

    /// The items in a random order (Fisher–Yates from the end).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u32 + 1) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::Rng;

    #[derive(Deserialize)]
    struct Vector {
        seed: u32,
        u32s: Vec<u32>,
        below10: Vec<u32>,
        shuffled: Vec<u32>,
    }

    #[test]
    fn the_generator_matches_the_pages_vectors() {
        let vectors: Vec<Vector> =
            serde_json::from_str(include_str!("../vectors/rng.json")).unwrap();
        for v in vectors {
            let mut r = Rng::new(v.seed);
            let u32s: Vec<u32> = (0..v.u32s.len()).map(|_| r.next_u32()).collect();
            assert_eq!(u32s, v.u32s, "seed {}", v.seed);
            let below: Vec<u32> = (0..v.below10.len()).map(|_| r.below(10)).collect();
            assert_eq!(below, v.below10, "seed {}", v.seed);
            let mut items: Vec<u32> = (0..8).collect();
            r.shuffle(&mut items);
            assert_eq!(items, v.shuffled, "seed {}", v.seed);
        }
    }
}
