//! Numbers meet nouns through Fluent plural selectors in Russian and English («1 монета»,
//! «21 монета», «1 coin»), never as `{ $count } монет`; and no message says "XP".

use std::path::Path;

/// Variables that hold counts.
const COUNTS: &[&str] = &[
    "count", "n", "days", "stars", "coins", "balance", "xp", "points", "total", "learned",
    "seconds", "minutes", "hours", "score", "level",
];

/// Messages where a count is followed by a word that does not agree with it, and why.
const ALLOWED: &[&str] = &[
    // "{ $learned } of { $total } letters learned": an alphabet has more than one letter.
    "harf-learned-count",
];

#[test]
fn counts_meet_nouns_through_plural_selectors() {
    let mut bad = Vec::new();
    for lang in ["ru", "en"] {
        for (file, key, value) in messages(lang) {
            if ALLOWED.contains(&key.as_str()) {
                continue;
            }
            for var in COUNTS {
                let placeable = format!("{{ ${var} }}");
                let selected = value.contains(&format!("{{ ${var} ->"));
                for (i, _) in value.match_indices(&placeable) {
                    let next: String = value[i + placeable.len()..]
                        .trim_start()
                        .chars()
                        .take_while(|c| c.is_alphabetic())
                        .collect();
                    // Short words are units («мин», «s») or words like «из», «of».
                    if !selected && next.chars().count() > 3 {
                        bad.push(format!("{lang}/{file}: {key}: «{value}»"));
                    }
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "a count before a noun needs a plural selector:\n{}",
        bad.join("\n")
    );
}

#[test]
fn coins_and_stars_agree_with_their_number() {
    let c = kernel::i18n::Catalog::new(&app::all_resources()).expect("every .ftl file parses");
    let t = |lang, key: &str, var: &str, n: i64| c.get(lang, key, &[(var, n.to_string())]);
    use kernel::i18n::Lang::{En, Ru};
    assert_eq!(t(Ru, "coins-balance", "count", 1), "монета");
    assert_eq!(t(Ru, "coins-balance", "count", 21), "монета");
    assert_eq!(t(Ru, "coins-balance", "count", 3), "монеты");
    assert_eq!(t(Ru, "coins-balance", "count", 11), "монет");
    assert_eq!(t(En, "coins-balance", "count", 1), "coin");
    assert_eq!(t(En, "coins-balance", "count", 0), "coins");
    assert_eq!(t(En, "harf-stars", "stars", 1), "1 of 15 stars");
    assert_eq!(t(Ru, "coins-longest", "days", 22), "Рекорд: 22 дня подряд");
    assert_eq!(t(En, "coins-longest", "days", 1), "Best: 1 day in a row");
}

#[test]
fn no_message_says_xp() {
    let mut bad = Vec::new();
    for lang in ["uz", "ru", "en"] {
        for (file, key, value) in messages(lang) {
            if value
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "XP")
            {
                bad.push(format!("{lang}/{file}: {key}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "say «tajriba», «опыт», «experience»:\n{}",
        bad.join("\n")
    );
}

/// (file, key, whole value with its continuation lines) of every message in a language.
fn messages(lang: &str) -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales")
        .join(lang);
    let mut out: Vec<(String, String, String)> = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "ftl") {
            continue;
        }
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                if let Some(last) = out.last_mut() {
                    last.2.push('\n');
                    last.2.push_str(line);
                }
            } else if let Some((k, v)) = line.split_once('=') {
                out.push((file.clone(), k.trim().to_string(), v.trim().to_string()));
            }
        }
    }
    out
}
