//! Leaderboards through their real routes: who is ranked where, what each viewer may see of
//! a child, and boards that survive a restart.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

use crate::rounds::{moves_for, start};

/// Plays one 2048 round of `n` moves; the replayed score.
async fn play(app: &TestApp, child: &TestUser, n: usize) -> i64 {
    let round = start(app, &child.access, "2048", json!({})).await.json();
    let (moves, score) = moves_for(round["seed"].as_u64().unwrap() as u32, n);
    let path = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let res = app
        .post(&path, Some(&child.access), json!({"log": {"moves": moves}}))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["score"], score);
    score
}

async fn board(app: &TestApp, who: &TestUser, query: &str) -> Value {
    let res = app
        .get(&format!("/api/v1/games/{query}"), Some(&who.access))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    res.json()
}

fn names(board: &Value) -> Vec<String> {
    board["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect()
}

async fn choose(app: &TestApp, parent: &TestUser, child: &TestUser, v: &str) -> StatusCode {
    let path = format!(
        "/api/v1/games/children/{}/board-visibility",
        child.user["id"].as_str().unwrap()
    );
    app.api(
        Method::PUT,
        &path,
        Some(&parent.access),
        Some(json!({"visibility": v})),
    )
    .await
    .status
}

#[tokio::test]
async fn a_class_board_ranks_classmates_by_their_best_and_shows_first_names_to_them() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Nilufar Rahimova", "nilufar@maktab.uz").await;
    let (class, kids) = app.class_with_students(&teacher, "2-A", 3).await;
    let mut scores = Vec::new();
    for (kid, n) in kids.iter().zip([40, 160, 90]) {
        scores.push(play(&app, kid, n).await);
    }
    // A second, worse round does not lower a best.
    play(&app, &kids[1], 4).await;

    let seen = board(&app, &kids[0], "2048/leaderboard?scope=class&period=week").await;
    let mut want = scores.clone();
    want.sort_unstable_by(|a, b| b.cmp(a));
    let got: Vec<i64> = seen["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["score"].as_i64().unwrap())
        .collect();
    assert_eq!(got, want);
    assert_eq!(seen["entries"][0]["rank"], 1);
    let mine = seen["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["me"] == true)
        .unwrap();
    assert_eq!(seen["me"]["score"], scores[0]);
    assert_eq!(seen["me"]["rank"], mine["rank"]);
    for name in names(&seen) {
        assert!(
            name.ends_with('.'),
            "a classmate shows as a first name and an initial: {name}"
        );
    }
    assert_eq!(seen["full_names"], false);

    let full = board(
        &app,
        &teacher,
        &format!("2048/leaderboard?scope=class&class_id={class}"),
    )
    .await;
    assert_eq!(full["full_names"], true);
    assert!(names(&full)
        .iter()
        .all(|n| n.starts_with("Oʻquvchi ") && !n.ends_with('.')));

    let other = app.teacher("Boshqa Oʻqituvchi", "boshqa@maktab.uz").await;
    let res = app
        .get(
            &format!("/api/v1/games/2048/leaderboard?scope=class&class_id={class}"),
            Some(&other.access),
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "another teacher's class is not theirs to see"
    );

    // Nobody is on the region or country board until a parent allows it.
    let country = board(&app, &kids[0], "2048/leaderboard?scope=country").await;
    assert_eq!(country["entries"], json!([]));
    assert_eq!(country["me"], Value::Null);
}

#[tokio::test]
async fn a_parent_decides_whether_their_child_is_on_the_country_board_or_on_none() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Bekzod Aliyev").await;
    let (stranger, _) = app.family("begona@mail.uz", "Boshqa Bola").await;
    let score = play(&app, &child, 100).await;
    assert_eq!(
        board(&app, &stranger, "2048/leaderboard?scope=country").await["entries"],
        json!([])
    );

    assert_eq!(
        choose(&app, &stranger, &child, "public").await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        choose(&app, &parent, &child, "everyone").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        choose(&app, &child, &child, "public").await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        choose(&app, &parent, &child, "public").await,
        StatusCode::OK
    );

    let country = board(&app, &stranger, "2048/leaderboard?scope=country").await;
    assert_eq!(
        country["entries"],
        json!([{"rank": 1, "name": "Bekzod A.", "avatar": "🐼", "score": score, "me": false}])
    );
    let through_parent = board(
        &app,
        &parent,
        &format!(
            "2048/leaderboard?scope=country&child={}",
            child.user["id"].as_str().unwrap()
        ),
    )
    .await;
    assert_eq!(through_parent["me"], json!({"rank": 1, "score": score}));
    let all = board(&app, &stranger, "all/leaderboard?scope=country&period=all").await;
    assert_eq!(
        all["entries"][0]["score"],
        (score / 400).min(20),
        "all games rank by coins"
    );

    assert_eq!(
        choose(&app, &parent, &child, "hidden").await,
        StatusCode::OK
    );
    assert_eq!(
        board(&app, &stranger, "2048/leaderboard?scope=country").await["entries"],
        json!([])
    );
    let own = board(&app, &child, "2048/leaderboard?scope=country").await;
    assert_eq!(
        (own["entries"].clone(), own["me"].clone()),
        (json!([]), Value::Null)
    );
    let read = app
        .get(
            &format!(
                "/api/v1/games/children/{}/board-visibility",
                child.user["id"].as_str().unwrap()
            ),
            Some(&parent.access),
        )
        .await;
    assert_eq!(read.json()["visibility"], "hidden");
}

#[tokio::test]
async fn boards_come_back_from_the_stored_rounds_and_a_new_week_starts_empty() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Malika").await;
    assert_eq!(
        choose(&app, &parent, &child, "public").await,
        StatusCode::OK
    );
    let score = play(&app, &child, 60).await;

    let replica = app.replica().await;
    let seen = board(
        &replica,
        &parent,
        "2048/leaderboard?scope=country&period=all",
    )
    .await;
    assert_eq!(
        seen["entries"][0]["score"], score,
        "a fresh process finds the board"
    );

    app.advance_ms(8 * 86_400_000);
    let parent = app.login("ona@mail.uz", testkit::PASSWORD).await;
    let week = board(&app, &parent, "2048/leaderboard?scope=country&period=week").await;
    assert_eq!(week["entries"], json!([]));
    let ever = board(&app, &parent, "2048/leaderboard?scope=country&period=all").await;
    assert_eq!(ever["entries"][0]["score"], score);
}

#[tokio::test]
async fn a_board_refuses_what_it_does_not_know() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let res = app
        .get("/api/v1/games/chess/leaderboard", Some(&child.access))
        .await;
    assert_eq!(
        (res.status, res.error_code()),
        (StatusCode::NOT_FOUND, "games_not_found".into())
    );
    for bad in [
        "scope=planet",
        "period=year",
        "scope=region&region=atlantis",
    ] {
        let res = app
            .get(
                &format!("/api/v1/games/2048/leaderboard?{bad}"),
                Some(&child.access),
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let res = app.get("/api/v1/games/2048/leaderboard", None).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    let no_class = board(&app, &child, "2048/leaderboard?scope=class").await;
    assert_eq!(no_class["reason"], "no_class");
}

async fn signed_in<'a>(app: &'a TestApp, login: &str, lang: &str) -> testkit::Browser<'a> {
    let mut b = app.browser();
    b.accept_language = Some(lang.to_string());
    b.get("/login").await;
    let res = b
        .post_form(
            "/login",
            &[("login", login), ("password", testkit::PASSWORD)],
        )
        .await;
    assert!(res.status.is_redirection(), "{}", res.text);
    b
}

#[tokio::test]
async fn a_parent_sees_time_and_progress_and_sets_the_boards_on_a_page() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ota@mail.uz", "Sardor Usmonov").await;
    app.advance_ms(1000);
    play(&app, &child, 30).await;
    let id = child.user["id"].as_str().unwrap().to_string();
    // A signed-in page speaks the account's language (Uzbek for these builders).
    for (lang, heading, hidden) in [(
        "uz",
        "Reytinglarda koʻrinish",
        "Hech qaysi reytingda koʻrsatilmasin",
    )] {
        let mut b = signed_in(&app, "ota@mail.uz", lang).await;
        let res = b.get(&format!("/games/children/{id}")).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text);
        assert!(
            res.text.contains(heading) && res.text.contains(hidden),
            "{lang}"
        );
        assert!(res.text.contains("data-game=\"2048\""));
        assert!(
            res.text.contains("value=\"class\" checked"),
            "class and school is the default"
        );
        let dash = b.get("/dashboard").await;
        assert!(
            dash.text.contains(&format!("/games/children/{id}")),
            "{lang}: the dashboard leads there"
        );
    }
    let mut b = signed_in(&app, "ota@mail.uz", "en").await;
    b.get(&format!("/games/children/{id}")).await;
    let res = b
        .post_form(
            &format!("/games/children/{id}/boards"),
            &[("visibility", "public")],
        )
        .await;
    assert!(res.status.is_redirection(), "{}", res.text);
    let page = b.get(&format!("/games/children/{id}")).await;
    assert!(page.text.contains("value=\"public\" checked"));
    let boards = b
        .get(&format!("/games/boards?game=2048&scope=country&child={id}"))
        .await;
    assert!(boards.text.contains("Sardor U."), "{}", boards.text);

    let (_, other) = app.family("begona@mail.uz", "Boshqa").await;
    let mut stranger = signed_in(&app, "begona@mail.uz", "en").await;
    let res = stranger.get(&format!("/games/children/{id}")).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND, "not their child");
    let _ = other;
}

#[tokio::test]
async fn a_teacher_picks_a_class_and_sees_it_in_full_on_the_page() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Nilufar Rahimova", "nilufar@maktab.uz").await;
    let (_, kids) = app.class_with_students(&teacher, "3-B", 2).await;
    play(&app, &kids[0], 50).await;
    let mut b = signed_in(&app, "nilufar@maktab.uz", "uz").await;
    let res = b.get("/games/boards?game=2048").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert!(res.text.contains("3-B"), "the class picker");
    assert!(res.text.contains("Peshqadamlar"));
    let name = kids[0].user["name"].as_str().unwrap();
    assert!(
        res.text.contains(&format!("data-name>{name}<")),
        "the whole name: {}",
        res.text
    );
    let nav = b.get("/dashboard").await;
    assert!(
        nav.text.contains("href=\"/games/boards\""),
        "a teacher's menu leads to the boards"
    );
}
