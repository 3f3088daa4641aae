//! Guessing PINs: an address that keeps typing wrong ones is stopped before it finds a game.

use serde_json::json;
use testkit::TestApp;

use crate::common::{game, test_of, two_plus_two, Phone};

#[tokio::test]
async fn an_address_that_tries_too_many_wrong_pins_is_refused_even_the_right_one() {
    let app = TestApp::spawn().await;
    let addr = app.listen().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let test = test_of(&app, &teacher, &[two_plus_two()]).await;
    let (_, pin) = game(&app, &teacher, test, "classic").await;
    let mut guesser = Phone::open(addr).await;
    // A school's worth of typos is fine: the right PIN still works after many wrong ones.
    for i in 0..59 {
        let wrong = if format!("{i:06}") == pin {
            "999999".to_string()
        } else {
            format!("{i:06}")
        };
        guesser
            .send(json!({"type": "join", "pin": wrong, "name": "Ali"}))
            .await;
        assert_eq!(guesser.next().await["code"], "live_game_not_found");
    }
    let (_ali, joined) = Phone::join(addr, &pin, "Ali").await;
    assert_eq!(joined["type"], "joined");
    guesser
        .send(json!({"type": "join", "pin": "12", "name": "Vali"}))
        .await;
    assert_eq!(guesser.next().await["code"], "live_game_not_found");
    // Past the limit, a guess that would be right learns nothing.
    guesser
        .send(json!({"type": "join", "pin": pin, "name": "Vali"}))
        .await;
    let refused = guesser.next().await;
    assert_eq!(refused["code"], "live_too_many_tries", "{refused}");
    assert!(!refused["message"].as_str().unwrap().is_empty());
}
