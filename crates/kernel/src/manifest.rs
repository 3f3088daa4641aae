//! `/manifest.webmanifest`: what a phone needs to put Alif24 on its home screen — name, colours,
//! icons (with a maskable one for Android's shaped icons) and where it opens.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use serde_json::json;

use crate::i18n::Lang;
use crate::state::AppState;

/// The icons the manifest names, as files under `web/` (the app embeds them).
pub const ICONS: [(&str, &str, &str); 3] = [
    ("img/icon-192.png", "192x192", "any"),
    ("img/icon-512.png", "512x512", "any"),
    ("img/icon-maskable-512.png", "512x512", "maskable"),
];

pub fn router() -> Router<AppState> {
    Router::new().route("/manifest.webmanifest", get(manifest))
}

/// The manifest as JSON, in the default language (a manifest has one `name`).
pub fn document(state: &AppState) -> serde_json::Value {
    let icons: Vec<_> = ICONS
        .iter()
        .map(|(path, sizes, purpose)| {
            json!({"src": state.assets.url(path), "sizes": sizes, "type": "image/png", "purpose": purpose})
        })
        .collect();
    json!({
        "name": "Alif24",
        "short_name": "Alif24",
        "description": state.i18n.get(Lang::Uz, "og-description", &[]),
        "lang": "uz",
        "start_url": "/dashboard",
        "scope": "/",
        "display": "standalone",
        "background_color": "#f5f7fb",
        "theme_color": "#2459d6",
        "icons": icons,
    })
}

async fn manifest(State(state): State<AppState>) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "application/manifest+json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        document(&state).to_string(),
    )
}
