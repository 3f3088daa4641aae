//! Rewards writes only its own tables: a child's avatar lives in accounts' `users` and is set
//! through `Directory::set_avatar`, never by an `UPDATE users` here.

use std::path::{Path, PathBuf};

/// Tables created by rewards' migrations (`migrations/sqlite/*_rewards*.sql`).
fn own_tables(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root.join("migrations/sqlite")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name
            .split_once('_')
            .is_some_and(|(_, n)| n.starts_with("rewards"))
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap().to_lowercase();
        for rest in text.split("create table ").skip(1) {
            out.push(identifier(rest));
        }
    }
    out
}

/// The table each `INSERT INTO`, `UPDATE` and `DELETE FROM` in `text` writes.
fn written_tables(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for marker in ["insert into ", "\"update ", "delete from "] {
        for rest in lower.split(marker).skip(1) {
            out.push(identifier(rest));
        }
    }
    out
}

fn identifier(s: &str) -> String {
    s.trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn rewards_code_writes_only_rewards_tables() {
    let krate = Path::new(env!("CARGO_MANIFEST_DIR"));
    let own = own_tables(&krate.join("../.."));
    for t in ["coin_ledger", "reward_accounts", "shop_owned"] {
        assert!(own.contains(&t.to_string()), "{t} in {own:?}");
    }
    let mut files = Vec::new();
    rust_files(&krate.join("src"), &mut files);
    let mut bad = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for table in written_tables(&text) {
            if !own.contains(&table) {
                bad.push(format!("{} writes `{table}`", file.display()));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_scan_sees_writes_to_other_tables() {
    let text = r#"query("UPDATE users SET avatar = $1") query("INSERT INTO shop_owned (a)")
                  query("delete from families where x") query("SELECT 1 FROM users")"#;
    assert_eq!(written_tables(text), ["shop_owned", "users", "families"]);
}
