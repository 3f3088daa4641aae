//! The host's pages: the new-game form, the host screen, the list of games and the results
//! with their CSV, for the game's host and nobody else.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

use crate::common::{control, game, signed_in, test_of, two_plus_two, Phone};

#[tokio::test]
async fn the_form_creates_a_game_and_opens_its_host_screen() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let mut b = signed_in(&app, "gulnora@maktab.uz").await;

    let form = b.get(&format!("/live/new?test={test}")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text);
    assert!(form.text.contains("Tez hisob"), "{}", form.text);
    assert!(form.text.contains("name=\"mode\" value=\"kids\""));

    let test_page = b.get(&format!("/exams/tests/{test}")).await;
    assert!(
        test_page.text.contains(&format!("/live/new?test={test}")),
        "the test's page links to a live game"
    );

    let test_id = test.to_string();
    let res = b
        .post_form(
            "/live/new",
            &[
                ("test", &test_id),
                ("mode", "kids"),
                ("show", "1"),
                ("seconds", "30"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let to = res.location().unwrap().to_string();
    assert!(to.starts_with("/live/host/"), "{to}");
    let game_id: i64 = to.trim_start_matches("/live/host/").parse().unwrap();

    let (mode, show, seconds): (String, i64, i64) =
        sqlx::query_as("SELECT mode, show_on_phone, seconds FROM live_games WHERE id = $1")
            .bind(game_id)
            .fetch_one(app.state.db.pool())
            .await
            .unwrap();
    assert_eq!((mode.as_str(), show, seconds), ("kids", 1, 30));

    let screen = b.get(&to).await;
    assert_eq!(screen.status, StatusCode::OK, "{}", screen.text);
    let pin: String = sqlx::query_scalar("SELECT pin FROM live_games WHERE id = $1")
        .bind(game_id)
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    assert!(
        screen
            .text
            .contains(&format!("{} {}", &pin[..3], &pin[3..])),
        "the PIN is on the screen"
    );
    assert!(screen.text.contains(&format!("/play?pin={pin}")));

    let qr = b.get(&format!("/live/games/{game_id}/qr.svg")).await;
    assert_eq!(qr.status, StatusCode::OK);
    assert!(qr.text.contains("<svg"), "{}", qr.text);

    let list = b.get("/live").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.text.contains(&format!("/live/host/{game_id}")),
        "{}",
        list.text
    );
}

#[tokio::test]
async fn a_bad_choice_on_the_form_is_shown_again_and_nothing_is_created() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let mut b = signed_in(&app, "gulnora@maktab.uz").await;
    let test_id = test.to_string();
    let res = b
        .post_form(
            "/live/new",
            &[("test", &test_id), ("mode", "race"), ("seconds", "20")],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", res.text);
    assert!(res.text.contains("field-error"), "{}", res.text);
    assert_eq!(app.count("live_games").await, 0);
}

#[tokio::test]
async fn another_teacher_finds_no_host_screen_results_or_qr_code() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    app.teacher("Bekzod", "bekzod@maktab.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let (game_id, _) = game(&app, &teacher, test, "classic").await;

    let mut other = signed_in(&app, "bekzod@maktab.uz").await;
    for path in [
        format!("/live/host/{game_id}"),
        format!("/live/games/{game_id}/results"),
        format!("/live/games/{game_id}/results.csv"),
        format!("/live/games/{game_id}/qr.svg"),
    ] {
        assert_eq!(
            other.get(&path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let list = other.get("/live").await;
    assert!(!list.text.contains(&format!("/live/host/{game_id}")));

    let mut host = signed_in(&app, "gulnora@maktab.uz").await;
    for path in [
        format!("/live/host/{game_id}"),
        format!("/live/games/{game_id}/results"),
    ] {
        assert_eq!(host.get(&path).await.status, StatusCode::OK, "{path}");
    }
}

#[tokio::test]
async fn the_results_csv_has_a_bom_and_a_row_per_player_and_question() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let tf = json!({"prompt": "Quyosh, yulduz.", "type": "true_false", "answer": true});
    let test = test_of(&app, &teacher, &[two_plus_two(), tf]).await;
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
    ali.next_of("result").await;
    control(&app, &teacher, game_id, "end").await;
    ali.next_of("game_over").await;

    let mut b = signed_in(&app, "gulnora@maktab.uz").await;
    let res = b.get(&format!("/live/games/{game_id}/results.csv")).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let ct = res.headers["content-type"].to_str().unwrap();
    assert!(ct.starts_with("text/csv"), "{ct}");
    assert!(
        res.text.starts_with('\u{feff}'),
        "a byte-order mark for Excel"
    );
    let lines: Vec<&str> = res.text.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].starts_with("Oʻrin,Ism,Ball,"), "{lines:?}");
    assert!(lines[1].starts_with("1,Ali,"), "{lines:?}");
    assert!(lines[2].starts_with("2,Oʻgʻiloy,0,0,"), "{lines:?}");
    assert_eq!(lines[3], "");
    assert!(lines[5].starts_with("1,2 + 2 = ?,2,1,"), "{lines:?}");
    assert!(
        lines[6].starts_with("2,\"Quyosh, yulduz.\",0,0,"),
        "{lines:?}"
    );
    assert_eq!(lines.len(), 7, "{lines:?}");

    let page = b.get(&format!("/live/games/{game_id}/results")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Oʻgʻiloy") && page.text.contains("2 + 2 = ?"));
}
