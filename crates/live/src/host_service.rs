//! Use cases of the host's pages: the test a game would be made from, the host's games, one
//! game its host may see, and the join link's QR code.

use kernel::auth::Principal;
use kernel::relations::QuizTest;
use kernel::{AppError, AppResult, AppState};
use qrcode::render::svg;
use qrcode::QrCode;

use crate::store::GameRow;
use crate::store_host::{self, HostedGame};

/// How many games the host's list shows.
const LISTED: i64 = 50;

/// The test `test_id` if the caller may host a game of it; anyone else is told it does not exist.
pub async fn hostable_test(state: &AppState, who: &Principal, test_id: i64) -> AppResult<QuizTest> {
    crate::service::host_role(who)?;
    for source in &state.quizzes {
        if let Some(test) = source.hostable(state, who, test_id).await? {
            return Ok(test);
        }
    }
    Err(AppError::not_found().with_code("live_test_not_found"))
}

/// The caller's recent games, newest first.
pub async fn games(state: &AppState, who: &Principal) -> AppResult<Vec<HostedGame>> {
    crate::service::host_role(who)?;
    Ok(store_host::by_host(state.db.pool(), who.id, LISTED).await?)
}

/// A game the caller hosts (or any game, for an admin); others get 404.
pub async fn hosted(state: &AppState, who: &Principal, game_id: i64) -> AppResult<GameRow> {
    let row = crate::registry::find(state, game_id).await?;
    crate::service::owns(who, row.host_id)?;
    Ok(row)
}

/// The link a phone opens to join the game with this PIN.
pub fn join_url(state: &AppState, pin: &str) -> String {
    format!(
        "{}/play?pin={pin}",
        state.config.public_url.trim_end_matches('/')
    )
}

/// The join link as a QR code, an SVG document that scales to any size.
pub fn qr_svg(url: &str) -> AppResult<String> {
    let code = QrCode::new(url.as_bytes()).map_err(AppError::internal)?;
    let image = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .min_dimensions(256, 256)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    Ok(image)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_code_is_one_scalable_svg_document() {
        let svg = qr_svg("http://127.0.0.1:8080/play?pin=123456").unwrap();
        assert!(svg.contains("<svg"), "{svg}");
        assert!(svg.contains("viewBox"), "{svg}");
        assert!(svg.ends_with("</svg>"), "{svg}");
        assert!(svg.contains("<path"), "{svg}");
    }
}
