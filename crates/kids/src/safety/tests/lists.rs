//! The word lists: every line parses, sizes are sane, categories do not clash, every entry
//! is refused on its own, and the messages exist in all three languages.

use crate::safety::lists::{parse, Entry, FILES};
use crate::safety::{check_text, Reason};
use std::collections::HashMap;

fn all_entries() -> Vec<(&'static str, Entry, String)> {
    let mut out = Vec::new();
    for (lang, text) in FILES {
        let lines = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim());
        let lines: Vec<&str> = lines
            .filter(|l| !l.is_empty() && !l.starts_with('['))
            .collect();
        let entries = parse(text).unwrap_or_else(|e| panic!("{lang}.txt: {e}"));
        assert_eq!(entries.len(), lines.len(), "{lang}.txt: a line was skipped");
        for (entry, line) in entries.into_iter().zip(lines) {
            out.push((lang, entry, line.trim_end_matches('*').to_owned()));
        }
    }
    out
}

#[test]
fn every_line_of_the_lists_parses_and_no_entry_is_empty() {
    for (lang, text) in FILES {
        let entries = parse(text).unwrap_or_else(|e| panic!("{lang}.txt: {e}"));
        assert!(
            (80..=260).contains(&entries.len()),
            "{lang}.txt has {}",
            entries.len()
        );
        for reason in [Reason::Rude, Reason::Unsafe] {
            assert!(
                entries.iter().filter(|e| e.reason == reason).count() >= 30,
                "{lang} {reason:?}"
            );
        }
        assert!(entries
            .iter()
            .all(|e| e.words.iter().all(|w| !w.is_empty())));
    }
    assert!(parse("word").is_err(), "an entry needs a header");
    assert!(parse("[rude]\n*").is_err(), "an empty stem");
    assert!(parse("[rude]\nab*").is_err(), "a stem of two letters");
    assert!(parse("[rude]\nshut up*").is_err(), "a stem phrase");
    assert!(parse("[rude]\n123").is_err(), "no letters");
}

#[test]
fn no_entry_is_in_both_categories() {
    let mut seen: HashMap<(Vec<String>, bool), Reason> = HashMap::new();
    for (lang, e, line) in all_entries() {
        let before = seen.insert((e.words.clone(), e.stem), e.reason);
        assert!(
            before.is_none_or(|r| r == e.reason),
            "{lang}: {line} is both rude and unsafe"
        );
    }
}

#[test]
fn every_entry_is_refused_on_its_own() {
    let wrong: Vec<String> = all_entries()
        .into_iter()
        .filter(|(_, e, line)| check_text(line, 100) != Err(e.reason))
        .map(|(lang, e, line)| {
            format!(
                "{lang}: {line}: {:?}",
                check_text(&line, 100).err().or(Some(e.reason))
            )
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "not refused as listed:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_reason_has_a_message_in_every_language() {
    let files = [
        (
            "uz",
            include_str!("../../../../../locales/uz/kids-safety.ftl"),
        ),
        (
            "ru",
            include_str!("../../../../../locales/ru/kids-safety.ftl"),
        ),
        (
            "en",
            include_str!("../../../../../locales/en/kids-safety.ftl"),
        ),
    ];
    for (lang, text) in files {
        for reason in Reason::ALL {
            let prefix = format!("{} = ", reason.key());
            let n = text
                .lines()
                .filter(|l| l.starts_with(&prefix) && l.len() > prefix.len())
                .count();
            assert_eq!(n, 1, "{lang}: {}", reason.key());
        }
        assert_eq!(
            text.lines().filter(|l| l.contains(" = ")).count(),
            Reason::ALL.len(),
            "{lang}"
        );
    }
    assert!(
        !files[0].1.contains('\''),
        "Uzbek uses ʻ and ʼ, never a plain apostrophe"
    );
}

#[test]
fn codes_are_the_serialised_names() {
    for reason in Reason::ALL {
        let json = serde_json::to_string(&reason).unwrap_or_default();
        assert_eq!(json, format!("\"{}\"", reason.code()));
        assert_eq!(
            reason.key(),
            format!("kids-refused-{}", reason.code().replace('_', "-"))
        );
    }
}
