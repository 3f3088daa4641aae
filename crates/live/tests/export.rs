//! A played game's results as an Excel workbook, for its host only.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

use crate::common::{control, game, signed_in, test_of, two_plus_two, Phone};

/// One part of the workbook, as text.
fn part(book: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(book)).expect("a zip file");
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).expect(name), &mut text).expect("UTF-8");
    text
}

#[tokio::test]
async fn a_played_games_excel_file_holds_the_players_names_and_scores_for_its_host_only() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    app.teacher("Bekzod", "bekzod@maktab.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let (game_id, pin) = game(&app, &teacher, test, "classic").await;
    let (mut ali, _) = Phone::join(addr, &pin, "Ali").await;
    let (mut oygul, _) = Phone::join(addr, &pin, "Oʻgʻiloy").await;
    control(&app, &teacher, game_id, "start").await;
    ali.next_of("question").await;
    oygul.next_of("question").await;
    ali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    oygul
        .send(json!({"type": "answer", "question": 0, "choice": 0}))
        .await;
    let result = ali.next_of("result").await;
    let score = result["score"].as_i64().unwrap();
    assert!(score > 0, "{result}");
    control(&app, &teacher, game_id, "end").await;
    ali.next_of("game_over").await;

    let url = format!("/live/games/{game_id}/results.xlsx");
    let mut host = signed_in(&app, "gulnora@maktab.uz").await;
    let res = host.get(&url).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(
        res.headers["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(
        res.headers["content-disposition"],
        format!("attachment; filename=\"live-{game_id}-results.xlsx\"").as_str()
    );
    let (status, _, book) = app
        .send_bytes(
            axum::http::Request::get(&url)
                .header("authorization", format!("Bearer {}", teacher.access))
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let sheets = part(&book, "xl/workbook.xml");
    assert!(sheets.contains(r#"name="Oʻyinchilar""#), "{sheets}");
    assert!(sheets.contains(r#"name="Savollar""#), "{sheets}");
    let strings = part(&book, "xl/sharedStrings.xml");
    for text in ["Oʻrin", "Ali", "Oʻgʻiloy", "2 + 2 = ?"] {
        assert!(strings.contains(text), "{text}: {strings}");
    }
    let players = part(&book, "xl/worksheets/sheet1.xml");
    assert!(
        players.contains(&format!(r#"<c r="C2"><v>{score}</v></c>"#)),
        "Ali's score as a number: {players}"
    );
    assert!(players.contains(r#"<c r="C3"><v>0</v></c>"#), "{players}");

    let mut other = signed_in(&app, "bekzod@maktab.uz").await;
    assert_eq!(other.get(&url).await.status, StatusCode::NOT_FOUND);
    let page = host.get(&format!("/live/games/{game_id}/results")).await;
    assert!(
        page.text.contains(&format!(r#"href="{url}""#)),
        "{}",
        page.text
    );
}
