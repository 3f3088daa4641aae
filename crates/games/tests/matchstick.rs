//! Matchstick math through the API: a level's puzzle comes in the config, a log the Rust rules
//! build is replayed to the same score and stars, a stick from an empty place is refused, and
//! the next level opens.

use axum::http::StatusCode;
use games::matchstick::generate::path;
use games::matchstick::sticks::Sticks;
use games::matchstick::{puzzle, score, stars};
use serde_json::{json, Value};
use testkit::TestApp;

/// The moves that solve `equation` into its first listed answer, two seconds apart.
fn solving_moves(level: u32) -> Vec<Value> {
    let p = puzzle(level).unwrap();
    let start = Sticks::parse(&p.equation).unwrap();
    path(&start, &Sticks::parse(&p.solutions[0]).unwrap())
        .into_iter()
        .enumerate()
        .map(|(k, (from, to))| json!([2000 * (k + 1), from, to]))
        .collect()
}

#[tokio::test]
async fn a_child_solves_a_level_and_the_server_keeps_its_replayed_score() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let rounds = "/api/v1/games/matchstick/rounds";
    let locked = app
        .post(rounds, Some(&child.access), json!({"level": 2}))
        .await;
    assert_eq!(locked.json()["error"]["code"], "games_level_locked");

    let res = app
        .post(rounds, Some(&child.access), json!({"level": 1}))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let round = res.json();
    let p = puzzle(1).unwrap();
    assert_eq!(round["config"]["equation"], p.equation.as_str());
    assert_eq!(round["config"]["moves"], 1);
    assert!(
        round["config"].get("solutions").is_none(),
        "the answer stays on the server"
    );
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);

    let moves = solving_moves(1);
    let (from, to) = (moves[0][1].clone(), moves[0][2].clone());
    let wrong = json!({"log": {"moves": [[1000, to, from]]}});
    let refused = app.post(&finish, Some(&child.access), wrong).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a stick taken from an empty place"
    );

    let expected = score(1, 1, 2000);
    let done = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": {"moves": moves}, "claimed_score": expected}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(
        (
            r["score"].clone(),
            r["stars"].clone(),
            r["passed"].clone(),
            r["mismatch"].clone()
        ),
        (
            json!(expected),
            json!(stars(1, 1)),
            json!(true),
            json!(false)
        )
    );
    assert_eq!(r["coins"], 4, "three stars and one for passing");

    let next = app
        .post(rounds, Some(&child.access), json!({"level": 2}))
        .await;
    assert_eq!(
        next.status,
        StatusCode::CREATED,
        "level 2 opens once level 1 is solved"
    );
    assert_eq!(
        next.json()["config"]["equation"],
        puzzle(2).unwrap().equation.as_str()
    );
}

#[tokio::test]
async fn an_equation_left_false_scores_nothing_and_opens_nothing() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let round = app
        .post(
            "/api/v1/games/matchstick/rounds",
            Some(&child.access),
            json!({}),
        )
        .await
        .json();
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let r = app
        .post(&finish, Some(&child.access), json!({"log": {"moves": []}}))
        .await
        .json();
    assert_eq!(
        (r["score"].clone(), r["passed"].clone(), r["coins"].clone()),
        (json!(0), json!(false), json!(0))
    );
    let locked = app
        .post(
            "/api/v1/games/matchstick/rounds",
            Some(&child.access),
            json!({"level": 2}),
        )
        .await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_page_greets_a_visitor_in_their_language_with_every_level() {
    let app = TestApp::spawn().await;
    let page = app.get("/games/matchstick", None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Gugurt matematikasi"));
    assert!(page.text.contains("natijang saqlanmaydi"));
    assert!(page.text.contains("data-level=\"100\""));
    assert!(
        !page.text.contains("aria-disabled"),
        "a visitor may try any level"
    );
}
