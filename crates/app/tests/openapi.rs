//! Every JSON route the code serves is described in the OpenAPI document.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_api_route_is_in_the_openapi_document() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for krate in std::fs::read_dir(&crates).unwrap().flatten() {
        rust_files(&krate.path().join("src"), &mut files);
    }
    let doc = app::openapi::document(&app::modules(&app::Services::offline()));
    let mut missing = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for piece in text.split(".route(").skip(1) {
            let Some(path) = piece
                .trim_start()
                .strip_prefix('"')
                .and_then(|p| p.split('"').next())
            else {
                continue;
            };
            if path.starts_with("/api/") && !doc["paths"][path].is_object() {
                missing.push(format!("{path} ({})", file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "routes missing from the OpenAPI document:\n{}",
        missing.join("\n")
    );
}
