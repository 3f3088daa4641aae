//! Hidden word through the API: the level's word and a key drawn from the server's seed, the
//! letters written (one wrong first), replayed to the same score and stars; a letter outside
//! the key is refused; the next level opens.

use axum::http::StatusCode;
use games::hidden_word::{deal, extras, score};
use serde_json::json;
use testkit::TestApp;

#[tokio::test]
async fn a_child_writes_the_hidden_word_and_the_server_keeps_its_replayed_score() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let start = |level: u32| {
        app.post(
            "/api/v1/games/hidden-word/rounds",
            Some(&child.access),
            json!({"level": level}),
        )
    };
    assert_eq!(start(2).await.json()["error"]["code"], "games_level_locked");
    let res = start(1).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let round = res.json();
    let config = &round["config"];
    assert_eq!(config["word"], json!(["o", "y"]), "level 1 is OY");
    let word: Vec<String> = serde_json::from_value(config["word"].clone()).unwrap();
    let alphabet: Vec<String> = serde_json::from_value(config["alphabet"].clone()).unwrap();
    let key = deal(
        round["seed"].as_u64().unwrap() as u32,
        &word,
        &alphabet,
        extras(1),
    );
    let wrong = key.iter().find(|(l, _)| l != "o").unwrap().0.clone();
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);

    let cheat = json!({"log": {"letters": [[100, "ʼ"]]}});
    let refused = app.post(&finish, Some(&child.access), cheat).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not a letter of the key"
    );

    let letters = json!([[900, wrong], [1800, "o"], [2600, "y"]]);
    let claimed = score(2, 1, 1);
    let done = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": {"letters": letters}, "claimed_score": claimed}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(
        (
            r["score"].clone(),
            r["stars"].clone(),
            r["passed"].clone(),
            r["coins"].clone()
        ),
        (json!(claimed), json!(2), json!(true), json!(2))
    );
    assert_eq!(r["mismatch"], false);
    assert_eq!(start(2).await.status, StatusCode::CREATED, "level 2 opens");
}

#[tokio::test]
async fn a_visitor_in_russian_gets_the_russian_words_and_is_told_nothing_is_kept() {
    let app = TestApp::spawn().await;
    let mut visitor = testkit::Browser::new(&app);
    visitor.accept_language = Some("ru".into());
    let page = visitor.get("/games/hidden-word").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Тайное слово"));
    assert!(page.text.contains("результат не сохранится"));
    assert!(page.text.contains("ёж"), "the Russian list");
    assert!(page.text.contains("data-level=\"100\""));
}
