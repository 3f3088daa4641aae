//! The seven pieces, their four rotation states and the SRS wall kicks, as in
//! `web/js/games/tetris.js`.

/// Pieces in the order a fresh bag lists them before it is shuffled: I O T S Z J L.
pub const NAMES: [char; 7] = ['I', 'O', 'T', 'S', 'Z', 'J', 'L'];

/// The cells of each piece in its spawn state, in its box (x right, y **down**, box top-left
/// at 0,0): 4 wide for I and O, 3 for the rest.
const SPAWN: [[(i32, i32); 4]; 7] = [
    [(0, 1), (1, 1), (2, 1), (3, 1)],
    [(1, 0), (2, 0), (1, 1), (2, 1)],
    [(1, 0), (0, 1), (1, 1), (2, 1)],
    [(1, 0), (2, 0), (0, 1), (1, 1)],
    [(0, 0), (1, 0), (1, 1), (2, 1)],
    [(0, 0), (0, 1), (1, 1), (2, 1)],
    [(2, 0), (0, 1), (1, 1), (2, 1)],
];

pub const I: usize = 0;
pub const O: usize = 1;

/// The cells of `piece` in rotation state `rot` (0, R = 1, 2, L = 3): the spawn cells turned
/// clockwise `rot` times in the piece's box; O does not turn.
pub fn cells(piece: usize, rot: u8) -> [(i32, i32); 4] {
    let size = if piece == I || piece == O { 4 } else { 3 };
    let mut out = SPAWN[piece];
    if piece == O {
        return out;
    }
    for _ in 0..rot {
        for c in &mut out {
            *c = (size - 1 - c.1, c.0);
        }
    }
    out
}

/// J L S T Z: the offsets (x right, y up) tried on a turn, by the state turned from and the
/// direction (clockwise first, then counter-clockwise).
const KICKS_JLSTZ: [[[(i32, i32); 5]; 2]; 4] = [
    // from 0: 0→R, 0→L
    [
        [(0, 0), (-1, 0), (-1, 1), (0, -2), (-1, -2)],
        [(0, 0), (1, 0), (1, 1), (0, -2), (1, -2)],
    ],
    // from R: R→2, R→0
    [
        [(0, 0), (1, 0), (1, -1), (0, 2), (1, 2)],
        [(0, 0), (1, 0), (1, -1), (0, 2), (1, 2)],
    ],
    // from 2: 2→L, 2→R
    [
        [(0, 0), (1, 0), (1, 1), (0, -2), (1, -2)],
        [(0, 0), (-1, 0), (-1, 1), (0, -2), (-1, -2)],
    ],
    // from L: L→0, L→2
    [
        [(0, 0), (-1, 0), (-1, -1), (0, 2), (-1, 2)],
        [(0, 0), (-1, 0), (-1, -1), (0, 2), (-1, 2)],
    ],
];

/// I: the same, with the order of the reference page (`docs/games.md`).
const KICKS_I: [[[(i32, i32); 5]; 2]; 4] = [
    [
        [(0, 0), (-2, 0), (1, 0), (-2, -1), (1, 2)],
        [(0, 0), (-1, 0), (2, 0), (-1, 2), (2, -1)],
    ],
    [
        [(0, 0), (-1, 0), (2, 0), (-1, 2), (2, -1)],
        [(0, 0), (2, 0), (-1, 0), (2, 1), (-1, -2)],
    ],
    [
        [(0, 0), (2, 0), (-1, 0), (2, 1), (-1, -2)],
        [(0, 0), (1, 0), (-2, 0), (1, -2), (-2, 1)],
    ],
    [
        [(0, 0), (1, 0), (-2, 0), (1, -2), (-2, 1)],
        [(0, 0), (-2, 0), (1, 0), (-2, -1), (1, 2)],
    ],
];

/// The offsets tried when `piece` turns from `rot` clockwise (`cw`) or not; O only (0,0).
pub fn kicks(piece: usize, rot: u8, cw: bool) -> &'static [(i32, i32)] {
    let dir = usize::from(!cw);
    match piece {
        O => &[(0, 0)],
        I => &KICKS_I[rot as usize][dir],
        _ => &KICKS_JLSTZ[rot as usize][dir],
    }
}

/// Gravity by level in 1/65536 rows a tick (60 ticks a second), from the guideline's
/// `(0.8 − (n − 1) × 0.007)^(n − 1)` seconds a row, at most 20 rows a tick; levels past 20 keep
/// level 20's. A table, not a formula, so the page and the server cannot round apart.
pub const GRAVITY: [u32; 20] = [
    1092, 1377, 1768, 2311, 3075, 4169, 5759, 8107, 11634, 17026, 25416, 38709, 60169, 95483,
    154742, 256187, 433425, 749597, 1310720, 1310720,
];

/// One row in gravity's units.
pub const ROW: u32 = 65536;

/// Gravity at `level` (1 and up).
pub fn gravity(level: u32) -> u32 {
    GRAVITY[(level.clamp(1, 20) - 1) as usize]
}
