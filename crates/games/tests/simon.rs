//! Simon through the API: a round's sequence drawn from the server's seed, repeated with taps
//! timed as the page times them, replayed to the same score; a tap during the playback refused.

use axum::http::StatusCode;
use games::simon::{sequence, step_ms, GAP_MS, LEAD_MS};
use serde_json::{json, Value};
use testkit::TestApp;

/// A child who repeats `turns` turns right, 400 ms a tap, then taps a wrong pad.
fn taps(seed: u32, turns: usize) -> Vec<Value> {
    let seq = sequence(seed);
    let mut taps = Vec::new();
    let mut start = LEAD_MS;
    for k in 1..=turns + 1 {
        let mut ms = start + k as i64 * step_ms(k) + 100;
        for (i, &pad) in seq[..k].iter().enumerate() {
            let pad = if k > turns && i == k - 1 {
                (pad + 1) % 4
            } else {
                pad
            };
            taps.push(json!([ms, pad]));
            if k > turns && i == k - 1 {
                return taps;
            }
            ms += 400;
        }
        start = ms - 400 + GAP_MS;
    }
    taps
}

#[tokio::test]
async fn a_child_repeats_six_steps_and_the_server_keeps_six() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let round = app
        .post("/api/v1/games/simon/rounds", Some(&child.access), json!({}))
        .await;
    assert_eq!(round.status, StatusCode::CREATED, "{}", round.text);
    let round = round.json();
    let seed = round["seed"].as_u64().unwrap() as u32;
    let finish = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);

    let early = json!({"log": {"taps": [[LEAD_MS + 10, sequence(seed)[0]]]}});
    let refused = app.post(&finish, Some(&child.access), early).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a tap while the sequence plays"
    );

    let done = app
        .post(
            &finish,
            Some(&child.access),
            json!({"log": {"taps": taps(seed, 6)}, "claimed_score": 6}),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text);
    let r = done.json();
    assert_eq!(
        [&r["score"], &r["passed"], &r["coins"], &r["mismatch"]],
        [&json!(6), &json!(true), &json!(2), &json!(false)]
    );
    let progress = app
        .get("/api/v1/games/me/progress", Some(&child.access))
        .await
        .json();
    let simon: Vec<_> = progress["levels"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["game"] == "simon")
        .collect();
    assert_eq!(simon[0]["best_score"], 6);
}

#[tokio::test]
async fn the_page_shows_four_pads_with_shapes_and_tells_a_visitor_nothing_is_kept() {
    let app = TestApp::spawn().await;
    let page = app.get("/games/simon", None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Tez esla"));
    assert!(page.text.contains("natijang saqlanmaydi"));
    for pad in [
        "Yashil doira",
        "Qizil kvadrat",
        "Sariq uchburchak",
        "Koʻk yulduz",
    ] {
        assert!(page.text.contains(pad), "{pad}");
    }
}
