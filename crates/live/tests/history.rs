//! A signed-in child's live games: in their history and their parent's, ranked as the host's
//! results are, and in nobody else's.

use std::net::SocketAddr;

use axum::http::StatusCode;
use serde_json::{json, Value};
use testkit::{TestApp, TestUser, PASSWORD};

use crate::common::{control, game, signed_in, test_of, two_plus_two, Phone};

/// True or false: the sun is a star (true is option 0).
fn sun_is_a_star() -> Value {
    json!({"prompt": "Quyosh — yulduz.", "type": "true_false", "answer": true})
}

/// A kids-mode game of two questions: `child` (signed in) gets the first right and the second
/// wrong, the visitor "Ali" both right; returns the game id.
async fn child_and_visitor_play(
    app: &TestApp,
    addr: SocketAddr,
    teacher: &TestUser,
    child: &TestUser,
) -> i64 {
    let test = test_of(app, teacher, &[two_plus_two(), sun_is_a_star()]).await;
    let (game_id, pin) = game(app, teacher, test, "kids").await;
    let mut kid = Phone::open(addr).await;
    kid.send(json!({"type": "join", "pin": pin, "name": "", "token": child.access}))
        .await;
    assert_eq!(kid.next().await["type"], "joined");
    let (mut ali, _) = Phone::join(addr, &pin, "Ali").await;
    control(app, teacher, game_id, "start").await;
    for (question, kid_choice, ali_choice) in [(0, json!(1), json!(1)), (1, json!(1), json!(0))] {
        kid.next_of("question").await;
        ali.next_of("question").await;
        kid.send(json!({"type": "answer", "question": question, "choice": kid_choice}))
            .await;
        ali.send(json!({"type": "answer", "question": question, "choice": ali_choice}))
            .await;
        kid.next_of("result").await;
        control(app, teacher, game_id, "next").await;
    }
    assert_eq!(kid.next_of("game_over").await["rank"], 2);
    game_id
}

#[tokio::test]
async fn a_child_and_their_parent_see_the_game_with_the_childs_place_and_answers() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let (parent, child) = app.family("ona@mail.uz", "Bekzod").await;
    let game_id = child_and_visitor_play(&app, addr, &teacher, &child).await;

    let mine = app.get("/api/v1/live/me/games", Some(&child.access)).await;
    assert_eq!(mine.status, StatusCode::OK, "{}", mine.text);
    let g = &mine.json()["games"][0];
    assert_eq!(
        (&g["game_id"], &g["title"], &g["rank"], &g["players"]),
        (&json!(game_id), &json!("Tez hisob"), &json!(2), &json!(2))
    );
    assert_eq!(
        (&g["score"], &g["correct"], &g["questions"]),
        (&json!(100), &json!(1), &json!(2))
    );

    let asked = format!("/api/v1/live/me/games?child={}", child.id);
    let theirs = app.get(&asked, Some(&parent.access)).await;
    assert_eq!(theirs.status, StatusCode::OK, "{}", theirs.text);
    assert_eq!(theirs.json()["games"], mine.json()["games"]);

    let mut kid = signed_in(&app, &child.id).await;
    let list = kid.get("/live/mine").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    assert!(list.text.contains("2 kishidan 2-oʻrin"), "{}", list.text);
    assert!(list.text.contains("1 / 2 toʻgʻri"), "{}", list.text);
    assert!(list
        .text
        .contains(&format!("href=\"/live/mine/{game_id}\"")));
    let one = kid.get(&format!("/live/mine/{game_id}")).await;
    assert_eq!(one.status, StatusCode::OK, "{}", one.text);
    assert!(one.text.contains("2 + 2 = ?") && one.text.contains("Quyosh — yulduz."));
    assert!(
        one.text.contains("live-mine-answer right") && one.text.contains("live-mine-answer wrong")
    );
    // The second question: the child said "false", the right answer is "true".
    assert!(
        one.text.contains("Berilgan javob: Notoʻgʻri"),
        "{}",
        one.text
    );
    assert!(one.text.contains("Toʻgʻri javob: Toʻgʻri"), "{}", one.text);

    let mut mum = signed_in(&app, "ona@mail.uz").await;
    let page = mum
        .get(&format!("/live/mine/{game_id}?child={}", child.id))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Bekzod"));
    let dashboard = mum.get("/dashboard").await;
    assert!(
        dashboard
            .text
            .contains(&format!("/live/mine?child={}", child.id)),
        "the parent's dashboard links to the child's live games"
    );
}

#[tokio::test]
async fn another_parent_gets_404_and_a_teacher_naming_a_child_is_refused() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let (_, child) = app.family("ona@mail.uz", "Bekzod").await;
    let (stranger, _) = app.family("boshqa@mail.uz", "Dilnoza").await;
    let game_id = child_and_visitor_play(&app, addr, &teacher, &child).await;

    let asked = format!("/api/v1/live/me/games?child={}", child.id);
    assert_eq!(
        app.get(&asked, Some(&stranger.access)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&asked, Some(&teacher.access)).await.status,
        StatusCode::FORBIDDEN
    );
    let mut other = signed_in(&app, "boshqa@mail.uz").await;
    let page = other
        .get(&format!("/live/mine/{game_id}?child={}", child.id))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    // A game someone did not play does not exist for them, even the host.
    let host_view = app
        .get("/api/v1/live/me/games", Some(&teacher.access))
        .await;
    assert_eq!(host_view.json()["games"], json!([]));
    let mut host = signed_in(&app, "gulnora@maktab.uz").await;
    assert_eq!(
        host.get(&format!("/live/mine/{game_id}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_visitors_game_is_in_nobodys_history_and_the_child_is_shown_how_to_join() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let (_, child) = app.family("ona@mail.uz", "Bekzod").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let (game_id, pin) = game(&app, &teacher, test, "kids").await;
    let (mut visitor, _) = Phone::join(addr, &pin, "Bekzod").await;
    control(&app, &teacher, game_id, "start").await;
    visitor.next_of("question").await;
    visitor
        .send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    visitor.next_of("result").await;
    control(&app, &teacher, game_id, "next").await;
    visitor.next_of("game_over").await;

    for who in [&child, &teacher] {
        let res = app.get("/api/v1/live/me/games", Some(&who.access)).await;
        assert_eq!(res.json()["games"], json!([]), "{}", res.text);
    }
    let mut kid = signed_in(&app, &child.id).await;
    let page = kid.get("/live/mine").await;
    assert!(page.text.contains("href=\"/play\""), "{}", page.text);
    assert!(!page.text.contains("live-mine-row"));
    let home = kid.get("/dashboard").await;
    assert!(
        home.text.contains("data-tile=\"live-play\""),
        "{}",
        home.text
    );
    assert!(!home.text.contains("data-tile=\"live-mine\""));
}

#[tokio::test]
async fn a_childs_games_come_newest_first_a_page_at_a_time() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let (_, child) = app.family("ona@mail.uz", "Bekzod").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let mut games = Vec::new();
    for _ in 0..3 {
        let (game_id, pin) = game(&app, &teacher, test, "kids").await;
        let mut kid = Phone::open(addr).await;
        kid.send(json!({"type": "join", "pin": pin, "name": "", "token": child.access}))
            .await;
        assert_eq!(kid.next().await["type"], "joined");
        control(&app, &teacher, game_id, "start").await;
        kid.next_of("question").await;
        control(&app, &teacher, game_id, "end").await;
        kid.next_of("game_over").await;
        games.push(game_id);
    }
    let first = app
        .get("/api/v1/live/me/games?limit=2", Some(&child.access))
        .await
        .json();
    let ids = |v: &Value| -> Vec<i64> {
        v["games"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["game_id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&first), vec![games[2], games[1]]);
    assert_eq!(first["next_before"], json!(games[1]));
    let path = format!("/api/v1/live/me/games?limit=2&before={}", games[1]);
    let second = app.get(&path, Some(&child.access)).await.json();
    assert_eq!(ids(&second), vec![games[0]]);
    assert_eq!(second["next_before"], Value::Null);
    for bad in ["0", "51"] {
        let res = app
            .get(
                &format!("/api/v1/live/me/games?limit={bad}"),
                Some(&child.access),
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "limit {bad}");
    }
    let mut kid = signed_in(&app, &child.id).await;
    let home = kid.get("/dashboard").await;
    assert!(
        home.text.contains("data-tile=\"live-mine\""),
        "{}",
        home.text
    );
}

#[tokio::test]
async fn deleting_a_child_keeps_the_hosts_results_without_the_child_in_them() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let (parent, child) = app.family("ona@mail.uz", "Bekzod").await;
    let game_id = child_and_visitor_play(&app, addr, &teacher, &child).await;

    let res = app
        .api(
            axum::http::Method::DELETE,
            &format!("/api/v1/family/children/{}", child.id),
            Some(&parent.access),
            Some(json!({"password": PASSWORD})),
        )
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT, "{}", res.text);
    let results = app
        .get(
            &format!("/api/v1/live/games/{game_id}/results"),
            Some(&teacher.access),
        )
        .await
        .json();
    let players = results["players"].as_array().unwrap();
    assert_eq!(players.len(), 2, "the other player's place stays as it was");
    assert_eq!(
        (&players[1]["score"], &players[1]["signed_in"]),
        (&json!(100), &json!(false))
    );
    assert!(!results.to_string().contains("Bekzod"));
}
