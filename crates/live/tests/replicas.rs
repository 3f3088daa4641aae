//! Two servers of one deployment: with a shared bus (Redis) players on both play one game,
//! run by one of them; without it the other refuses plainly rather than run it twice.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

use crate::common::{control, game, test_of, two_plus_two, Phone};

#[tokio::test]
async fn without_a_shared_bus_another_server_refuses_the_game_plainly() {
    let a = TestApp::spawn().await;
    if a.state.bus.is_shared() {
        eprintln!("skipped: this run shares a bus (the relay test covers it)");
        return;
    }
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

#[tokio::test]
async fn players_on_two_servers_play_one_game_through_the_bus() {
    let a = TestApp::spawn().await;
    if !a.state.bus.is_shared() {
        eprintln!("skipped: set ALIF24_TEST_REDIS_URL to play across replicas");
        return;
    }
    let b = a.replica().await;
    let (addr_a, addr_b) = (a.listen().await, b.listen().await);
    let teacher = a.teacher("Gulnora", "gulnora@maktab.uz").await;
    let tf = json!({"prompt": "Quyosh — yulduz.", "type": "true_false", "answer": true});
    let test = test_of(&a, &teacher, &[two_plus_two(), tf]).await;
    let (game_id, pin) = game(&a, &teacher, test, "classic").await;

    // Ali reaches server A first (A runs the game); Vali and Sardor reach B.
    let (mut ali, _) = Phone::join(addr_a, &pin, "Ali").await;
    let (mut vali, joined) = Phone::join(addr_b, &pin, "Vali").await;
    assert_eq!(joined["type"], "joined", "{joined}");
    let vali_token = joined["resume_token"].as_str().unwrap().to_string();
    let (mut sardor, _) = Phone::join(addr_b, &pin, "Sardor").await;
    // A name is taken across servers.
    let mut twin = Phone::open(addr_b).await;
    twin.send(json!({"type": "join", "pin": pin, "name": "ali"}))
        .await;
    assert_eq!(twin.next().await["code"], "live_name_taken");

    // The host drives the game through server B: the command reaches A.
    control(&b, &teacher, game_id, "start").await;
    for phone in [&mut ali, &mut vali, &mut sardor] {
        assert_eq!(phone.next_of("question").await["question"], 0);
    }
    vali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    assert_eq!(vali.next_of("ack").await["accepted"], true);
    vali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    assert_eq!(vali.next_of("ack").await["reason"], "already_answered");
    ali.send(json!({"type": "answer", "question": 0, "choice": 0}))
        .await;
    assert_eq!(ali.next_of("ack").await["accepted"], true);
    sardor
        .send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    assert_eq!(sardor.next_of("ack").await["accepted"], true);
    // Everyone answered, on both servers: the question closes at once.
    let r = vali.next_of("result").await;
    assert_eq!(r["correct"], true, "{r}");
    assert!((500..=1000).contains(&r["points"].as_u64().unwrap()), "{r}");
    assert_eq!(ali.next_of("result").await["correct"], false);
    sardor.next_of("result").await;

    // Vali's phone drops and comes back through server A: same player, same points.
    drop(vali);
    let mut vali = Phone::open(addr_a).await;
    vali.send(json!({"type": "resume", "pin": pin, "resume_token": vali_token}))
        .await;
    let back = vali.next().await;
    assert_eq!(
        (back["type"].clone(), back["name"].clone()),
        (json!("resumed"), json!("Vali")),
        "{back}"
    );
    assert_eq!(back["score"], r["score"]);

    control(&a, &teacher, game_id, "next").await;
    for phone in [&mut ali, &mut vali, &mut sardor] {
        assert_eq!(phone.next_of("question").await["question"], 1);
    }
    sardor
        .send(json!({"type": "answer", "question": 1, "choice": 0}))
        .await;
    assert_eq!(sardor.next_of("ack").await["accepted"], true);
    control(&b, &teacher, game_id, "end").await;
    let over = sardor.next_of("game_over").await;
    assert_eq!(over["players"], 3, "{over}");
    assert!(
        sardor.closed().await,
        "the relay closes its sockets when the game ends"
    );
    // Sardor's second right answer (with its streak) puts him first.
    assert_eq!(vali.next_of("game_over").await["rank"], 2);

    let res = b
        .get(
            &format!("/api/v1/live/games/{game_id}/results"),
            Some(&teacher.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let names: Vec<String> = res.json()["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Sardor", "Vali", "Ali"]);
}

#[tokio::test]
async fn when_the_server_running_a_game_is_gone_another_takes_it_over() {
    let a = TestApp::spawn().await;
    if !a.state.bus.is_shared() {
        eprintln!("skipped: set ALIF24_TEST_REDIS_URL to play across replicas");
        return;
    }
    let b = a.replica().await;
    let (addr_a, addr_b) = (a.listen().await, b.listen().await);
    let teacher = a.teacher("Gulnora", "gulnora@maktab.uz").await;
    let tf = json!({"prompt": "Quyosh — yulduz.", "type": "true_false", "answer": true});
    let test = test_of(&a, &teacher, &[two_plus_two(), tf]).await;
    let (game_id, pin) = game(&a, &teacher, test, "kids").await;
    let (_ali, _) = Phone::join(addr_a, &pin, "Ali").await;
    let (mut vali, joined) = Phone::join(addr_b, &pin, "Vali").await;
    let token = joined["resume_token"].as_str().unwrap().to_string();
    control(&a, &teacher, game_id, "start").await;
    vali.next_of("question").await;
    vali.send(json!({"type": "answer", "question": 0, "choice": 1}))
        .await;
    assert_eq!(vali.next_of("ack").await["accepted"], true);
    control(&a, &teacher, game_id, "next").await;
    assert_eq!(vali.next_of("result").await["score"], 100);
    vali.next_of("question").await;

    // Server A stops renewing its claim (as when it dies): after the claim's 30 s, B's relay
    // lets Vali's phone go, and the phone comes back to B, which now runs the game from its
    // last save.
    b.advance_ms(60_000);
    assert!(vali.closed().await, "the relay lets the phones go");
    let mut vali = Phone::open(addr_b).await;
    vali.send(json!({"type": "resume", "pin": pin, "resume_token": token}))
        .await;
    let back = vali.next().await;
    assert_eq!(
        (back["type"].clone(), back["score"].clone()),
        (json!("resumed"), json!(100)),
        "{back}"
    );
    control(&b, &teacher, game_id, "next").await;
    let q = vali.next_of("question").await;
    assert_eq!(
        q["question"], 1,
        "the game goes on from the last closed question: {q}"
    );
}
