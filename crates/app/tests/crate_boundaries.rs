//! Product crates stay apart: no product crate (accounts, harf, exams and any crate not listed
//! as a service crate) depends on another product crate. What two products share goes down into
//! a service crate or the kernel. And the pure engines list no web or database crate. Read
//! from every `crates/*/Cargo.toml`.

use std::path::{Path, PathBuf};

/// Crates any crate may depend on. A crate missing here is a product crate.
const SERVICE_CRATES: &[&str] = &[
    "kernel",
    "rewards",
    "questions",
    "ai",
    "alphabets",
    "notify",
    "payments",
    "mathsolve",
    // Above the products: the application, the test kit and the benchmark (which plays a
    // game's rules to seed real rounds).
    "testkit",
    "app",
    "bench",
];

fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every workspace crate: its folder name and its manifest's text.
fn manifests() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(crates_dir())
        .expect("crates/ is readable")
        .filter_map(|e| {
            let dir = e.ok()?.path();
            let text = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?;
            Some((dir.file_name()?.to_str()?.to_string(), text))
        })
        .collect();
    out.sort();
    out
}

/// The names a manifest depends on, in every dependency table (normal, build, dev and
/// target-specific), each with its table's name. Handles `name.workspace = true`,
/// `name = "1"`, `name = { … }` and `[dependencies.name]`.
fn dependencies(manifest: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut table: Option<String> = None;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            let name = line.trim_matches(['[', ']']).trim().to_string();
            let (head, tail) = match name.rsplit_once("dependencies.") {
                Some((head, dep)) => (format!("{head}dependencies"), Some(dep.to_string())),
                None => (name.clone(), None),
            };
            table = head.ends_with("dependencies").then_some(head.clone());
            if let (Some(dep), Some(t)) = (tail, &table) {
                out.push((t.clone(), dep));
                table = None;
            }
            continue;
        }
        let Some(t) = &table else { continue };
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let key = line.split(['=', '.']).next().unwrap_or("").trim();
        let key = key.trim_matches('"');
        if !key.is_empty() {
            out.push((t.clone(), key.to_string()));
        }
    }
    out
}

/// Every dependency of a product crate on another product crate, as readable lines.
fn violations(manifests: &[(String, String)]) -> Vec<String> {
    let workspace: Vec<&str> = manifests.iter().map(|(n, _)| n.as_str()).collect();
    let product = |name: &str| workspace.contains(&name) && !SERVICE_CRATES.contains(&name);
    let mut out = Vec::new();
    for (name, text) in manifests {
        if !product(name) {
            continue;
        }
        for (table, dep) in dependencies(text) {
            if dep != *name && product(&dep) {
                out.push(format!("{name} [{table}] depends on product crate {dep}"));
            }
        }
    }
    out
}

#[test]
fn no_product_crate_depends_on_another_product_crate() {
    let all = manifests();
    assert!(
        all.iter().any(|(n, _)| n == "exams") && all.iter().any(|(n, _)| n == "questions"),
        "the crates folder was not read: {:?}",
        all.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    let found = violations(&all);
    assert!(
        found.is_empty(),
        "move what they share into a service crate:\n{}",
        found.join("\n")
    );
}

/// Engines that stay pure: no web, no database, no runtime of their own.
const PURE_CRATES: &[&str] = &["questions", "mathsolve"];
/// What a pure crate may not list (kernel brings some of them transitively; that is accepted).
const WEB_AND_DB: &[&str] = &["axum", "sqlx", "askama", "tokio", "redis", "reqwest"];

#[test]
fn pure_engines_list_no_web_or_database_dependency() {
    let mut found = Vec::new();
    for (name, text) in manifests() {
        if !PURE_CRATES.contains(&name.as_str()) {
            continue;
        }
        for (table, dep) in dependencies(&text) {
            if table == "dependencies" && WEB_AND_DB.contains(&dep.as_str()) {
                found.push(format!("{name} depends on {dep}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_check_catches_product_dependencies_in_every_table_but_allows_service_crates() {
    let crates = |exams: &str| {
        vec![
            ("accounts".to_string(), String::new()),
            ("exams".to_string(), exams.to_string()),
            ("harf".to_string(), String::new()),
            ("olimp".to_string(), String::new()),
            ("questions".to_string(), String::new()),
            (
                "testkit".to_string(),
                "[dependencies]\naccounts.workspace = true\n".into(),
            ),
        ]
    };
    let fine = "[package]\nname = \"exams\"\n\n[dependencies]\nkernel.workspace = true\n\
                questions = { path = \"../questions\" }\n# harf.workspace = true\n\n\
                [dev-dependencies]\ntestkit.workspace = true\n\n[lints]\nharf = 1\n";
    assert_eq!(violations(&crates(fine)), Vec::<String>::new());
    for bad in [
        "[dependencies]\nharf.workspace = true\n",
        "[dependencies]\nkernel.workspace = true\naccounts = { path = \"../accounts\" }\n",
        "[dev-dependencies]\ntestkit.workspace = true\nharf.workspace = true\n",
        "[target.'cfg(unix)'.dependencies]\nharf = \"0.1\"\n",
        "[dependencies.olimp]\npath = \"../olimp\"\n",
        "[build-dependencies]\n\"accounts\" = \"0.1\"\n",
    ] {
        let found = violations(&crates(bad));
        assert_eq!(found.len(), 1, "not caught: {bad}");
        assert!(found[0].starts_with("exams ["), "{found:?}");
    }
}
