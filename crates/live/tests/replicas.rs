//! Two servers of one deployment never run the same game twice.

use serde_json::json;
use testkit::TestApp;

use crate::common::{game, test_of, two_plus_two, Phone};

#[tokio::test]
async fn a_game_runs_on_one_server_and_another_refuses_it_plainly() {
    let a = TestApp::spawn().await;
    let b = a.replica().await;
    let (addr_a, addr_b) = (a.listen().await, b.listen().await);
    let teacher = a.teacher("Gulnora", "gulnora@maktab.uz").await;
    let test = test_of(&a, &teacher, &[two_plus_two()]).await;
    let (_, pin) = game(&a, &teacher, test, "classic").await;
    let (_ali, joined) = Phone::join(addr_a, &pin, "Ali").await;
    assert_eq!(joined["type"], "joined");
    let mut other = Phone::open(addr_b).await;
    other
        .send(json!({"type": "join", "pin": pin, "name": "Vali"}))
        .await;
    let refused = other.next().await;
    assert_eq!(refused["code"], "live_other_server", "{refused}");
    assert!(!refused["message"].as_str().unwrap_or_default().is_empty());
}
