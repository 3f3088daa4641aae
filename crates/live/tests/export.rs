//! A played game's results as an Excel workbook, for its host only.

use axum::http::StatusCode;
use serde_json::json;
use testkit::{Browser, TestApp};

use crate::common::{control, game, test_of, two_plus_two, Phone};

async fn signed_in<'a>(app: &'a TestApp, login: &str) -> Browser<'a> {
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[("login", login), ("password", "correct horse 1")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    b
}

/// The XML of one part of a STORED zip, found by its opening and closing tags.
fn part<'a>(zip: &'a str, open: &str, close: &str, nth: usize) -> &'a str {
    let start = zip.match_indices(open).nth(nth).expect(open).0;
    let end = start + zip[start..].find(close).expect(close) + close.len();
    &zip[start..end]
}

fn text_cell(text: &str) -> String {
    format!(r#"t="inlineStr"><is><t xml:space="preserve">{text}</t></is>"#)
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
    assert!(res.text.starts_with("PK\u{3}\u{4}"), "a zip file");
    let book = part(&res.text, "<workbook", "</workbook>", 0);
    assert!(book.contains(r#"name="Oʻyinchilar""#), "{book}");
    assert!(book.contains(r#"name="Savollar""#), "{book}");
    let players = part(&res.text, "<worksheet", "</worksheet>", 0);
    assert!(players.contains(&text_cell("Oʻrin")), "{players}");
    assert!(
        players.contains(&format!(r#"<row r="2"><c r="A2"><v>1</v></c><c r="B2" {}</c><c r="C2"><v>{score}</v></c><c r="D2"><v>1</v></c>"#, text_cell("Ali"))),
        "{players}"
    );
    assert!(players.contains(&format!(
        r#"<c r="B3" {}</c><c r="C3"><v>0</v></c>"#,
        text_cell("Oʻgʻiloy")
    )));
    let questions = part(&res.text, "<worksheet", "</worksheet>", 1);
    assert!(questions.contains(&text_cell("2 + 2 = ?")), "{questions}");

    let mut other = signed_in(&app, "bekzod@maktab.uz").await;
    assert_eq!(other.get(&url).await.status, StatusCode::NOT_FOUND);
    let page = host.get(&format!("/live/games/{game_id}/results")).await;
    assert!(
        page.text.contains(&format!(r#"href="{url}""#)),
        "{}",
        page.text
    );
}
