//! Syllable puzzle through the API: a round dealt by the server's seed, played with taps the
//! Rust rules choose, replayed to the same score and stars; a wrong log is refused; the next
//! level opens.

use axum::http::StatusCode;
use games::syllables::{deal, params, play, score, words::Word};
use serde_json::{json, Value};
use testkit::TestApp;

/// A careful child's taps: each word's syllables in order, one wrong tile on the first word
/// when there is one, 1.5 s a tap.
fn taps(seed: u32, level: u32, config: &Value) -> Vec<(i64, i64)> {
    let pool: Vec<Word> = serde_json::from_value(config["pool"].clone()).unwrap();
    let mut out = Vec::new();
    let mut ms = 0;
    for (k, puzzle) in deal(seed, &pool, &params(level)).iter().enumerate() {
        let syllables = &pool[puzzle.word].syllables;
        if k == 0 {
            if let Some(wrong) = puzzle.tiles.iter().position(|t| !syllables.contains(t)) {
                ms += 1500;
                out.push((ms, wrong as i64));
            }
        }
        let mut used = vec![false; puzzle.tiles.len()];
        for s in syllables {
            let i = (0..puzzle.tiles.len())
                .find(|&i| !used[i] && &puzzle.tiles[i] == s)
                .unwrap();
            used[i] = true;
            ms += 1500;
            out.push((ms, i as i64));
        }
    }
    out
}

#[tokio::test]
async fn a_child_builds_every_word_and_the_server_keeps_its_replayed_score() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let start = |level: u32| {
        app.post(
            "/api/v1/games/syllables/rounds",
            Some(&child.access),
            json!({"level": level}),
        )
    };
    assert_eq!(start(2).await.json()["error"]["code"], "games_level_locked");

    let res = start(1).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let round = res.json();
    let config = &round["config"];
    assert_eq!(config["words"], 3);
    assert!(config["pool"].as_array().unwrap().len() >= 60);
    let seed = round["seed"].as_u64().unwrap() as u32;
    let taps = taps(seed, 1, config);
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);

    let cheat = json!({"log": {"taps": [[0, 99]]}});
    let refused = app.post(&finish, Some(&child.access), cheat).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a tile that is not there"
    );

    let pool: Vec<Word> = serde_json::from_value(config["pool"].clone()).unwrap();
    let tally = play(&pool, &deal(seed, &pool, &params(1)), 1, 0, &taps).unwrap();
    let expected = score(&tally);
    let done = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": {"taps": taps}, "claimed_score": expected}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(
        (r["score"].clone(), r["stars"].clone(), r["passed"].clone()),
        (json!(expected), json!(3), json!(true))
    );
    assert_eq!(
        (r["mismatch"].clone(), r["coins"].clone()),
        (json!(false), json!(6))
    );

    let again = app
        .post(&finish, Some(&child.access), json!({"log": {"taps": []}}))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let next = start(2).await;
    assert_eq!(
        next.status,
        StatusCode::CREATED,
        "level 2 opens once level 1 is done"
    );
}

#[tokio::test]
async fn a_timed_level_refuses_a_word_said_to_run_out_early() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let token = &child.access;
    // The timer starts at level 11: the child passes the ten before it first.
    for level in 1..=11u32 {
        let round = app
            .post(
                "/api/v1/games/syllables/rounds",
                Some(token),
                json!({"level": level}),
            )
            .await;
        assert_eq!(
            round.status,
            StatusCode::CREATED,
            "level {level}: {}",
            round.text
        );
        let round = round.json();
        let seed = round["seed"].as_u64().unwrap() as u32;
        let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
        if level == 11 {
            assert!(round["config"]["limit_ms"].as_i64().unwrap() == 30_000);
            let early = json!({"log": {"taps": [[1000, -1]]}});
            let r = app.post(&finish, Some(token), early).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.text);
            break;
        }
        let log = json!({"log": {"taps": taps(seed, level, &round["config"])}});
        let r = app.post(&finish, Some(token), log).await;
        assert_eq!(r.json()["passed"], true, "level {level}");
    }
}

#[tokio::test]
async fn the_page_tells_an_english_visitor_the_words_are_uzbek_and_nothing_is_kept() {
    let app = TestApp::spawn().await;
    let page = app.get("/games/syllables", None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Boʻgʻinlar pazli"));
    assert!(page.text.contains("natijang saqlanmaydi"));
    assert!(
        !page.text.contains("gs-foreign"),
        "Uzbek words need no note in Uzbek"
    );
    assert!(page.text.contains("data-level=\"30\""));
    assert!(page.text.contains("olma"));

    let mut visitor = testkit::Browser::new(&app);
    visitor.accept_language = Some("en".into());
    let page = visitor.get("/games/syllables").await;
    assert!(
        page.text.contains("The words here are Uzbek"),
        "{}",
        page.text
    );
}
