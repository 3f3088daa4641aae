//! Every message exists in all three languages, and every key the code and templates use is
//! defined. Dynamic keys (`role-…`, `status-…`) are checked against their enums.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kernel::auth::Role;
use kernel::i18n::{Catalog, Lang};

fn catalog() -> Catalog {
    Catalog::new(&app::all_resources()).expect("every .ftl file parses")
}

#[test]
fn every_key_exists_in_all_three_languages() {
    let c = catalog();
    let all: BTreeSet<&String> = Lang::ALL.iter().flat_map(|l| c.keys(*l)).collect();
    let mut missing = Vec::new();
    for key in all {
        for lang in Lang::ALL {
            if !c.has(lang, key) {
                missing.push(format!("{}: {key}", lang.code()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing translations:\n{}",
        missing.join("\n")
    );
}

#[test]
fn uzbek_messages_use_the_proper_apostrophes() {
    let root = workspace();
    let mut bad = Vec::new();
    for file in files(&root.join("locales/uz"), "ftl") {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            if line.contains(['\'', '‘', '’', '`']) {
                bad.push(format!("{}:{}: {line}", file.display(), n + 1));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "use ʻ (U+02BB) and ʼ (U+02BC) in Uzbek:\n{}",
        bad.join("\n")
    );
}

#[test]
fn every_key_used_in_code_and_templates_is_defined() {
    let c = catalog();
    let root = workspace();
    let mut used = BTreeSet::new();
    for file in files(&root.join("crates"), "html") {
        let text = std::fs::read_to_string(&file).unwrap();
        for call in [".t(\"", ".t1(\""] {
            used.extend(
                literals_after(&text, call)
                    .into_iter()
                    .map(|k| (k, file.clone())),
            );
        }
    }
    for file in files(&root.join("crates"), "rs") {
        if file.ends_with(file!()) || file.ends_with("tests/i18n.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for call in ["FieldError::new(", "AppError::field("] {
            for rest in text.split(call).skip(1) {
                if let Some(key) = rest.split(',').nth(1).and_then(quoted) {
                    used.insert((key, file.clone()));
                }
            }
        }
        for call in ["with_code(\"", "conflict(\"", "bad_request(\""] {
            used.extend(
                literals_after(&text, call)
                    .into_iter()
                    .map(|k| (format!("error-{k}"), file.clone())),
            );
        }
        used.extend(
            literals_after(&text, "label: \"")
                .into_iter()
                .map(|k| (k, file.clone())),
        );
        used.extend(
            literals_after(&text, "redirect_with_notice(")
                .into_iter()
                .map(|k| (k, file.clone())),
        );
    }
    let mut missing: Vec<String> = used
        .into_iter()
        .filter(|(k, _)| !k.contains('{') && !k.is_empty())
        .filter(|(k, _)| !Lang::ALL.iter().all(|l| c.has(*l, k)))
        .map(|(k, f)| {
            format!(
                "{k} (used in {})",
                f.strip_prefix(&root).unwrap_or(&f).display()
            )
        })
        .collect();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "keys used but not defined in every language:\n{}",
        missing.join("\n")
    );
    for role in Role::ALL {
        assert!(c.has(Lang::Uz, &format!("role-{}", role.as_str())));
    }
    for status in ["pending", "active", "rejected", "blocked"] {
        assert!(c.has(Lang::Ru, &format!("status-{status}")));
    }
}

/// String literals that directly follow `marker` (which may end inside the opening quote).
fn literals_after(text: &str, marker: &str) -> Vec<String> {
    text.split(marker)
        .skip(1)
        .filter_map(|rest| {
            if marker.ends_with('"') {
                rest.split('"').next().map(String::from)
            } else {
                quoted(rest)
            }
        })
        .filter(|k| {
            k.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect()
}

/// The first string literal at the start of `s` (after spaces), if any.
fn quoted(s: &str) -> Option<String> {
    let s = s.trim_start();
    let rest = s.strip_prefix('"')?;
    rest.split('"').next().map(String::from)
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name()
                .is_some_and(|n| n == "target" || n == "node_modules")
            {
                continue;
            }
            out.extend(files(&p, ext));
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
    out
}
