//! The Harf API: alphabets, cards, progress, recording results, coins.

use axum::http::StatusCode;
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

/// A passing result for each of the five activities.
fn activities() -> [(&'static str, Value); 5] {
    [
        ("listen", json!({"completed": true})),
        ("trace", json!({"coverage": 0.9, "outside": 0.1})),
        ("find", json!({"correct": 5, "total": 5})),
        ("first_sound", json!({"correct": 4, "total": 4})),
        ("listen_choose", json!({"correct": 3, "total": 5})),
    ]
}

pub async fn learn(app: &TestApp, who: &TestUser, card: &str) -> Value {
    let mut last = Value::Null;
    for (activity, result) in activities() {
        let res = app
            .post(
                &format!("/api/v1/harf/cards/{card}/activities/{activity}"),
                Some(&who.access),
                result,
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::OK,
            "{card} {activity}: {}",
            res.text
        );
        last = res.json();
    }
    last
}

#[tokio::test]
async fn alphabets_list_their_card_counts() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/harf/alphabets", None).await.json();
    let counts: Vec<(String, i64)> = res["alphabets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["code"].as_str().unwrap().to_string(),
                a["card_count"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        counts,
        vec![("uz".into(), 30), ("ru".into(), 33), ("en".into(), 26)]
    );
    let cards = app
        .get("/api/v1/harf/alphabets/uz/cards", None)
        .await
        .json();
    assert_eq!(cards["cards"][0]["upper"], "A");
    assert!(cards["cards"][0]["words"].as_array().unwrap().len() >= 3);
    assert_eq!(
        app.get("/api/v1/harf/alphabets/xx/cards", None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn learning_a_card_opens_the_next_and_pays_coins_once() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Madina", "madina@mail.uz").await;
    let locked = app
        .post(
            "/api/v1/harf/cards/uz-b/activities/listen",
            Some(&kid.access),
            json!({"completed": true}),
        )
        .await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
    assert_eq!(locked.error_code(), "harf_card_locked");

    let last = learn(&app, &kid, "uz-a").await;
    assert_eq!(last["newly_learned"], true);
    assert_eq!(last["coins"], 5);
    assert_eq!(last["next_card"], "uz-b");
    let again = learn(&app, &kid, "uz-a").await;
    assert_eq!(again["coins"], 0, "a card pays once");
    let coins = app.get("/api/v1/coins", Some(&kid.access)).await.json();
    assert_eq!(coins["summary"]["balance"], 5);
    assert!(coins["summary"]["xp"].as_i64().unwrap() > 0);

    let cards = app
        .get("/api/v1/harf/alphabets/uz/cards", Some(&kid.access))
        .await
        .json();
    assert_eq!(cards["cards"][0]["state"]["learned"], true);
    assert_eq!(cards["cards"][1]["state"]["unlocked"], true);
    assert_eq!(cards["cards"][2]["state"]["unlocked"], false);
}

#[tokio::test]
async fn best_stars_are_kept_and_nonsense_results_are_refused() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Sardor", "sardor@mail.uz").await;
    let url = "/api/v1/harf/cards/ru-a/activities/find";
    assert_eq!(
        app.post(url, Some(&kid.access), json!({"correct": 5, "total": 5}))
            .await
            .json()["best_stars"],
        3
    );
    let worse = app
        .post(url, Some(&kid.access), json!({"correct": 1, "total": 5}))
        .await
        .json();
    assert_eq!(
        (worse["stars"].as_i64(), worse["best_stars"].as_i64()),
        (Some(0), Some(3))
    );
    for bad in [
        json!({"correct": 9, "total": 5}),
        json!({"coverage": 2.0}),
        json!({}),
    ] {
        let res = app.post(url, Some(&kid.access), bad).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST);
        assert_eq!(res.error_code(), "harf_result_invalid");
    }
    assert_eq!(
        app.post(
            "/api/v1/harf/cards/ru-a/activities/dance",
            Some(&kid.access),
            json!({})
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post(url, None, json!({"correct": 1, "total": 1}))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_parent_sees_their_childs_progress_and_no_one_elses() {
    let app = TestApp::spawn().await;
    let (parent, kid) = app.family("ona@mail.uz", "Ozoda").await;
    let other = app.register("parent", "Boshqa", "boshqa@mail.uz").await;
    learn(&app, &kid, "en-a").await;
    let res = app
        .get(
            &format!("/api/v1/harf/progress?child={}", kid.id),
            Some(&parent.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let en = res.json()["alphabets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["code"] == "en")
        .unwrap()
        .clone();
    assert_eq!(en["learned"], 1);
    let denied = app
        .get(
            &format!("/api/v1/harf/progress?child={}", kid.id),
            Some(&other.access),
        )
        .await;
    assert_eq!(denied.status, StatusCode::NOT_FOUND);
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "ona@mail.uz"), ("password", "correct horse 1")],
    )
    .await;
    let page = b.get(&format!("/harf/progress?child={}", kid.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Ozoda"));
}

#[tokio::test]
async fn finishing_an_alphabet_pays_the_bonus() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Tez", "tez@mail.uz").await;
    let cards = app
        .get("/api/v1/harf/alphabets/en/cards", None)
        .await
        .json();
    let ids: Vec<String> = cards["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    let mut total = 0;
    let mut done = false;
    for id in &ids {
        let last = learn(&app, &kid, id).await;
        total += last["coins"].as_i64().unwrap();
        done = last["alphabet_done"].as_bool().unwrap();
    }
    assert!(done);
    assert_eq!(
        total,
        100 + 50,
        "26 cards × 5 coins stop at the daily cap of 100; the bonus is its own source"
    );
}
