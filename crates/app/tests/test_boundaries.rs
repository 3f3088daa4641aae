//! Tests keep to their own crate's tables: a test of crate X writes (INSERT, UPDATE, DELETE)
//! through `exec(…)` only tables X's migrations create, and testkit writes none. Other domains'
//! rows come from testkit's builders, which go through the API.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Migration names whose first word is not the owning crate's name.
const ALIASES: &[(&str, &str)] = &[("org", "accounts"), ("speech", "ai")];

#[test]
fn no_test_writes_another_crates_tables() {
    let root = workspace();
    let owners = table_owners(&root);
    assert!(
        owners.get("users").map(String::as_str) == Some("accounts"),
        "the migrations were read: {owners:?}"
    );
    let mut bad = Vec::new();
    for krate in dirs(&root.join("crates")) {
        let name = krate.file_name().unwrap().to_string_lossy().into_owned();
        let mut files = rust_files(&krate.join("tests"));
        if name == "testkit" {
            files.extend(rust_files(&krate.join("src")));
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (line, table) in foreign_writes(&text, &name, &owners) {
                let rel = file.strip_prefix(&root).unwrap_or(&file).display();
                let owner = &owners[&table];
                bad.push(format!("{rel}:{line} writes `{table}` (owned by {owner})"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "tests write other crates' tables; use testkit's builders or the API instead:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_scan_finds_writes_to_other_tables_and_lets_own_ones_and_reads_pass() {
    let owners: BTreeMap<String, String> = [("users", "accounts"), ("harf_progress", "harf")]
        .iter()
        .map(|(t, c)| (t.to_string(), c.to_string()))
        .collect();
    // Spelled `EXEC` here so that this file does not itself trip the scan.
    let text = "app.count(\"users\").await;\n\
                app.EXEC(\"SELECT 1 FROM users\").await;\n\
                app.EXEC(&format!(\n  \"update Users SET role = '{}'\", x)).await;\n\
                app.EXEC(\"DELETE FROM harf_progress\").await;\n\
                app.EXEC(\"INSERT INTO users (id) SELECT id FROM harf_progress\").await;\n"
        .replace("EXEC(", "exec(");
    let text = text.as_str();
    assert_eq!(
        foreign_writes(text, "harf", &owners),
        [(3, "users".to_string()), (6, "users".to_string())]
    );
    assert_eq!(
        foreign_writes(text, "testkit", &owners).len(),
        3,
        "testkit owns no table"
    );
    assert_eq!(
        foreign_writes(text, "accounts", &owners),
        [(5, "harf_progress".to_string())]
    );
}

/// Every table and the crate whose migration creates it.
fn table_owners(root: &Path) -> BTreeMap<String, String> {
    let crates: Vec<String> = dirs(&root.join("crates"))
        .iter()
        .map(|d| d.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let mut owners = BTreeMap::new();
    for file in files(&root.join("migrations/sqlite"), "sql") {
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let name = stem.split_once('_').map_or("", |(_, n)| n);
        let word = name.split('_').next().unwrap_or_default();
        let owner = ALIASES
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, c)| c.to_string())
            .or_else(|| crates.iter().find(|c| *c == word).cloned())
            .unwrap_or_else(|| {
                panic!("{stem}: name the owning crate first, or add `{word}` to ALIASES")
            });
        let sql = std::fs::read_to_string(&file).unwrap().to_lowercase();
        let mut rest = sql.as_str();
        while let Some(at) = rest.find("create table") {
            rest = &rest[at + "create table".len()..];
            let after = rest.trim_start();
            let after = after.strip_prefix("if not exists").unwrap_or(after);
            owners.insert(identifier(after), owner.clone());
        }
    }
    owners
}

/// The line and table of each write in an `exec(…)` call to a table `krate` does not own.
fn foreign_writes(
    text: &str,
    krate: &str,
    owners: &BTreeMap<String, String>,
) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("exec(") {
        let call = argument(&text[at + "exec(".len()..]).to_lowercase();
        let line = text[..at].matches('\n').count() + 1;
        for verb in ["insert into", "update", "delete from", "replace into"] {
            for (v, _) in call.match_indices(verb) {
                let before = call[..v].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let table = identifier(&call[v + verb.len()..]);
                match owners.get(&table) {
                    Some(owner) if krate == "testkit" || owner != krate => {
                        found.push((line, table));
                    }
                    _ => {}
                }
            }
        }
    }
    found
}

/// The text of a call's arguments: up to the parenthesis that closes the call.
fn argument(text: &str) -> &str {
    let mut depth = 1;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &text[..i];
                }
            }
            _ => {}
        }
    }
    text
}

/// The SQL identifier at the start of `text` (after spaces, without quotes).
fn identifier(text: &str) -> String {
    text.trim_start()
        .trim_start_matches(['"', '`'])
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .unwrap()
        .to_path_buf()
}

fn dirs(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    out.retain(|p| p.extension().is_some_and(|e| e == ext));
    out.sort();
    out
}

/// Every `.rs` file under `dir`, at any depth.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = files(dir, "rs");
    for sub in dirs(dir) {
        out.extend(rust_files(&sub));
    }
    out
}
