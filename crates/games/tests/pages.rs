//! The games' pages: the hub and 2048 for a visitor and for a child, in three languages.

use axum::http::StatusCode;
use games::g2048::Play;
use serde_json::json;
use testkit::{Browser, TestApp};

async fn page(b: &mut Browser<'_>, path: &str) -> String {
    let res = b.get(path).await;
    assert_eq!(res.status, StatusCode::OK, "{path}: {}", res.text);
    res.text
}

const VISITOR_NOTE: [(&str, &str); 3] = [
    (
        "uz",
        "Sen tizimga kirmagansan: ballar va tangalar saqlanmaydi.",
    ),
    ("ru", "Ты играешь без входа: очки и монеты не сохраняются."),
    (
        "en",
        "You are not signed in: scores and coins are not kept.",
    ),
];

#[tokio::test]
async fn a_visitor_sees_every_game_and_plays_2048_locally_in_three_languages() {
    let app = TestApp::spawn().await;
    for (lang, note) in VISITOR_NOTE {
        let mut phone = app.browser();
        phone.accept_language = Some(lang.to_string());
        let hub = page(&mut phone, "/games").await;
        assert!(hub.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(hub.contains(note), "{lang}: the hub says nothing is kept");
        for g in games::all() {
            assert!(
                hub.contains(&format!(
                    "href=\"/games/{}\" data-game=\"{}\"",
                    g.id(),
                    g.id()
                )),
                "{lang}: a tile for {}",
                g.id()
            );
            assert!(hub.contains(g.emoji()));
        }
        assert!(!hub.contains("data-coins-left"), "no coins for a visitor");
        let board = page(&mut phone, "/games/2048").await;
        assert!(board.contains("data-signed-in=\"0\""));
        assert!(
            board.contains(note),
            "{lang}: the game says nothing is kept"
        );
        assert_eq!(board.matches("data-cell").count(), 16);
        assert!(
            board.contains("data-config=\"{&#34;goal&#34;:2048,&#34;size&#34;:4}\""),
            "{board}"
        );
    }
}

#[tokio::test]
async fn a_child_sees_the_best_score_and_todays_coins_left_in_three_languages() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "student"),
            ("name", "Bola"),
            ("email", "bola@mail.uz"),
            ("password", testkit::PASSWORD),
        ],
    )
    .await;
    let fresh = page(&mut b, "/games").await;
    assert!(fresh.contains("Hali oʻynamagansan"), "{fresh}");
    assert!(
        fresh.contains("data-coins-left>20<"),
        "the whole cap is left"
    );
    let to = b.get("/").await.location().unwrap_or("/").to_string();
    let home = page(&mut b, &to).await;
    assert!(
        home.contains("href=\"/games\""),
        "the Games tile on the home"
    );

    let child = app.login("bola@mail.uz", testkit::PASSWORD).await;
    let round = app
        .post("/api/v1/games/2048/rounds", Some(&child.access), json!({}))
        .await
        .json();
    let mut play = Play::new(round["seed"].as_u64().unwrap() as u32);
    let mut moves = String::new();
    for i in 0..400 {
        let d = ['L', 'D', 'R', 'D'][i % 4];
        play.step(d);
        moves.push(d);
    }
    let done = app
        .post(
            &format!("/api/v1/games/rounds/{}/finish", round["round_id"]),
            Some(&child.access),
            json!({"log": {"moves": moves}, "claimed_score": play.score}),
        )
        .await
        .json();
    let coins = done["coins"].as_i64().unwrap();
    assert!(coins > 0, "{done}");

    for (lang, best_word, score_word) in [
        ("uz", "Eng yaxshi", "Ball"),
        ("ru", "Рекорд", "Очки"),
        ("en", "Best", "Score"),
    ] {
        b.post_form("/language", &[("lang", lang), ("next", "/games")])
            .await;
        let hub = page(&mut b, "/games").await;
        assert!(hub.contains(&format!("<html lang=\"{lang}\">")), "{lang}");
        assert!(
            hub.contains(&format!("{best_word}: <b data-best>{}</b>", play.score)),
            "{lang}: the best score on the tile"
        );
        assert!(hub.contains(&format!("data-coins-left>{}<", 20 - coins)));
        assert!(!hub.contains("data-visitor-note"));
        let board = page(&mut b, "/games/2048").await;
        assert!(board.contains("data-signed-in=\"1\""));
        assert!(board.contains(&format!("<b data-best>{}</b>", play.score)));
        assert!(board.contains(score_word), "{lang}");
    }
}
