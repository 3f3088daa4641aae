//! Tests of the kid-safety filter: a file per language (bad words refused, children's
//! sentences accepted), personal details, characters and lengths, apostrophes, the lists.

mod chars;
mod en;
mod lists;
mod personal;
mod ru;
mod uz;

use super::{check_input, check_text, Reason};

/// Room enough that no test case is refused for its length.
const ROOM: usize = 500;

/// Every case is refused with its reason, both as a child's input and as a generated text.
fn assert_refused(cases: &[(&str, Reason)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(text, want)| {
            let got = (check_input(text, ROOM).err(), check_text(text, ROOM).err());
            (got != (Some(*want), Some(*want))).then(|| format!("{text:?}: {got:?}, want {want:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "wrongly judged:\n{}", wrong.join("\n"));
}

/// Every case is accepted, both as a child's input and as a generated text.
fn assert_accepted(cases: &[&str]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|text| {
            let got = (check_input(text, ROOM).err(), check_text(text, ROOM).err());
            (got != (None, None)).then(|| format!("{text:?}: {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "wrongly refused:\n{}", wrong.join("\n"));
}
