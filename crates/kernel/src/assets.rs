//! Static files (CSS, JS modules, icons) embedded in the binary and served under `/static/`
//! with content-hashed URLs, so browsers may cache them for a year.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::state::AppState;

/// One embedded file; `path` is relative to `web/`.
#[derive(Clone, Copy, Debug)]
pub struct Asset {
    pub path: &'static str,
    pub bytes: &'static [u8],
}

/// Embeds files from the repository's `web/` folder: `assets![ "css/app.css", … ]`.
#[macro_export]
macro_rules! web_assets {
    ($($path:literal),* $(,)?) => {
        &[$($crate::assets::Asset {
            path: $path,
            bytes: include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/", $path)),
        }),*]
    };
}

struct Entry {
    bytes: &'static [u8],
    content_type: &'static str,
    version: String,
}

/// Every embedded file, by path.
#[derive(Default)]
pub struct Assets {
    files: HashMap<&'static str, Entry>,
}

impl Assets {
    pub fn new(lists: &[&[Asset]]) -> Self {
        let mut files = HashMap::new();
        for asset in lists.iter().flat_map(|l| l.iter()) {
            let version =
                crate::ids::sha256_hex(&String::from_utf8_lossy(asset.bytes))[..12].to_string();
            files.insert(
                asset.path,
                Entry {
                    bytes: asset.bytes,
                    content_type: content_type(asset.path),
                    version,
                },
            );
        }
        Self { files }
    }

    /// The URL to use in pages for a file: `/static/css/app.css?v=<hash>`.
    pub fn url(&self, path: &str) -> String {
        match self.files.get(path) {
            Some(e) => format!("/static/{path}?v={}", e.version),
            None => {
                tracing::warn!(asset.path = path, "unknown asset");
                format!("/static/{path}")
            }
        }
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

#[derive(serde::Deserialize)]
pub struct VersionQuery {
    v: Option<String>,
}

/// `GET /static/{*path}`: immutable caching when the URL carries the current hash.
pub async fn serve(
    State(state): State<AppState>,
    Path(path): Path<String>,
    Query(q): Query<VersionQuery>,
) -> Response {
    let assets: &Arc<Assets> = &state.assets;
    let Some(entry) = assets.files.get(path.as_str()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let cache = if q.v.as_deref() == Some(entry.version.as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    (
        [
            (header::CONTENT_TYPE, entry.content_type),
            (header::CACHE_CONTROL, cache),
        ],
        entry.bytes,
    )
        .into_response()
}
