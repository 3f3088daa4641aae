//! Equations made of matchsticks: 7-segment digits, a sign of one stick (−) or two (+), and a
//! fixed "=". A place for a stick is a *slot*, numbered `position × 7 + segment`.
//!
//! Digit segments: 0 top, 1 upper right, 2 lower right, 3 bottom, 4 lower left, 5 upper left,
//! 6 middle. Sign segments: 0 the bar (−), 1 the upright that makes it a +. The "=" cannot be
//! touched. The page's twin is `web/js/games/matchstick.js`.

/// Segments of the digits 0–9 (bit `s` = segment `s`): 6 with its top, 7 of three sticks,
/// 9 with its bottom.
pub const DIGITS: [u8; 10] = [0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F];
/// A sign's sticks: the bar alone is −, the bar and the upright are +.
pub const MINUS: u8 = 0b01;
pub const PLUS: u8 = 0b11;

/// What stands at one position of an equation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Glyph {
    Digit(u8),
    Sign(u8),
    Equals,
}

impl Glyph {
    /// How many slots the glyph has.
    pub fn slots(self) -> u8 {
        match self {
            Glyph::Digit(_) => 7,
            Glyph::Sign(_) => 2,
            Glyph::Equals => 0,
        }
    }

    fn mask(self) -> u8 {
        match self {
            Glyph::Digit(m) | Glyph::Sign(m) => m,
            Glyph::Equals => 0,
        }
    }

    fn with_mask(self, m: u8) -> Glyph {
        match self {
            Glyph::Digit(_) => Glyph::Digit(m),
            Glyph::Sign(_) => Glyph::Sign(m),
            Glyph::Equals => Glyph::Equals,
        }
    }

    /// The character it shows, `?` when its sticks make no digit or sign.
    pub fn char(self) -> char {
        match self {
            Glyph::Digit(m) => DIGITS
                .iter()
                .position(|&d| d == m)
                .map_or('?', |d| char::from(b'0' + d as u8)),
            Glyph::Sign(PLUS) => '+',
            Glyph::Sign(MINUS) => '-',
            Glyph::Sign(_) => '?',
            Glyph::Equals => '=',
        }
    }
}

/// An equation as sticks in places.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sticks(pub Vec<Glyph>);

impl Sticks {
    /// Reads `"6+4=4"` (digits, `+`, `-`, `=`).
    pub fn parse(text: &str) -> Option<Sticks> {
        text.chars()
            .map(|c| match c {
                '0'..='9' => Some(Glyph::Digit(DIGITS[c as usize - '0' as usize])),
                '+' => Some(Glyph::Sign(PLUS)),
                '-' => Some(Glyph::Sign(MINUS)),
                '=' => Some(Glyph::Equals),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
            .map(Sticks)
    }

    /// What it shows, `?` for a place that is no digit or sign.
    pub fn text(&self) -> String {
        self.0.iter().map(|g| g.char()).collect()
    }

    /// Every slot of the equation, in order.
    pub fn slots(&self) -> impl Iterator<Item = usize> + '_ {
        self.0
            .iter()
            .enumerate()
            .flat_map(|(p, g)| (0..g.slots() as usize).map(move |s| p * 7 + s))
    }

    /// Whether `slot` is a place for a stick, and whether a stick lies there.
    pub fn at(&self, slot: usize) -> Option<bool> {
        let g = self.0.get(slot / 7)?;
        let s = slot % 7;
        (s < g.slots() as usize).then(|| g.mask() & (1 << s) != 0)
    }

    fn set(&mut self, slot: usize, on: bool) {
        let g = &mut self.0[slot / 7];
        let bit = 1 << (slot % 7);
        let m = if on { g.mask() | bit } else { g.mask() & !bit };
        *g = g.with_mask(m);
    }

    /// Moves the stick in `from` to the empty place `to`; `false` (and nothing moves) when
    /// `from` holds no stick or `to` is not an empty place.
    pub fn shift(&mut self, from: usize, to: usize) -> bool {
        if self.at(from) != Some(true) || self.at(to) != Some(false) {
            return false;
        }
        self.set(from, false);
        self.set(to, true);
        true
    }

    /// How many sticks lie where `start` had none: the fewest moves from `start` to here.
    pub fn moved_from(&self, start: &Sticks) -> u32 {
        self.0
            .iter()
            .zip(&start.0)
            .map(|(a, b)| (a.mask() & !b.mask()).count_ones())
            .sum()
    }

    /// Whether every place shows a digit or sign, numbers have no leading zero, and the sum
    /// on the left of "=" equals the number on its right.
    pub fn is_true(&self) -> bool {
        self.value().is_some_and(|(l, r)| l == r)
    }

    /// The two sides' values, when the equation reads as `n (± n)* = n`.
    pub fn value(&self) -> Option<(i64, i64)> {
        let text = self.text();
        let (left, right) = text.split_once('=')?;
        let number = |s: &str| -> Option<i64> {
            let ok = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            (ok && (s.len() == 1 || !s.starts_with('0'))).then(|| s.parse().ok())?
        };
        let right = number(right)?;
        let (mut sum, mut sign, mut term) = (0, 1, String::new());
        for c in left.chars().chain(std::iter::once('+')) {
            match c {
                '+' | '-' => {
                    sum += sign * number(&term)?;
                    sign = if c == '+' { 1 } else { -1 };
                    term.clear();
                }
                _ => term.push(c),
            }
        }
        Some((sum, right))
    }

    /// Whether every place shows a digit or a sign (what a puzzle may show).
    pub fn readable(&self) -> bool {
        !self.text().contains('?')
    }
}
