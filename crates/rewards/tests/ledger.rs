//! The ledger's promises: each award paid once, balances never negative, caps, streaks.

use rewards::service::{award, progress_in, spend, summary};
use rewards::{Award, Outcome};
use testkit::TestApp;

async fn student(app: &TestApp) -> i64 {
    let s = app.register("student", "Kamola", "kamola@mail.uz").await;
    sqlx::query_scalar("SELECT id FROM users WHERE public_id = $1")
        .bind(&s.id)
        .fetch_one(app.state.db.pool())
        .await
        .unwrap()
}

fn card(user_id: i64, key: &str, amount: i64) -> Award<'_> {
    Award {
        user_id,
        amount,
        source: "harf.card_learned",
        reference: "uz-a",
        key,
    }
}

#[tokio::test]
async fn the_same_award_is_paid_once() {
    let app = TestApp::spawn().await;
    let id = student(&app).await;
    assert_eq!(
        award(&app.state, &card(id, "k1", 5)).await.unwrap(),
        Outcome::Paid(5)
    );
    assert_eq!(
        award(&app.state, &card(id, "k1", 5)).await.unwrap(),
        Outcome::AlreadyPaid
    );
    assert_eq!(summary(&app.state, id).await.unwrap().balance, 5);
    assert_eq!(app.count("coin_ledger").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_requests_for_one_award_pay_it_exactly_once() {
    let app = TestApp::spawn().await;
    let id = student(&app).await;
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let state = app.state.clone();
        tasks.push(tokio::spawn(async move {
            award(
                &state,
                &Award {
                    user_id: id,
                    amount: 7,
                    source: "harf.card_learned",
                    reference: "uz-b",
                    key: "race",
                },
            )
            .await
        }));
    }
    let mut paid = 0;
    for t in tasks {
        if t.await.unwrap().expect("no request fails") == Outcome::Paid(7) {
            paid += 1;
        }
    }
    assert_eq!(paid, 1);
    assert_eq!(summary(&app.state, id).await.unwrap().balance, 7);
    assert_eq!(app.count("coin_ledger").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_spends_never_take_the_balance_below_zero() {
    let app = TestApp::spawn().await;
    let id = student(&app).await;
    award(
        &app.state,
        &Award {
            user_id: id,
            amount: 10,
            source: "test.grant",
            reference: "-",
            key: "grant",
        },
    )
    .await
    .unwrap();
    let mut tasks = Vec::new();
    for n in 0..8 {
        let state = app.state.clone();
        tasks.push(tokio::spawn(async move {
            let key = format!("spend-{n}");
            spend(
                &state,
                &Award {
                    user_id: id,
                    amount: 4,
                    source: "shop.buy",
                    reference: "sticker",
                    key: &key,
                },
            )
            .await
        }));
    }
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(Outcome::Paid(-4)) => ok += 1,
            Ok(other) => panic!("unexpected {other:?}"),
            Err(e) => assert_eq!(e.code, "not_enough_coins"),
        }
    }
    assert_eq!(ok, 2);
    let balance = summary(&app.state, id).await.unwrap().balance;
    assert_eq!(balance, 2);
    assert_eq!(
        rewards::store::ledger_sum(app.state.db.pool(), id)
            .await
            .unwrap(),
        balance,
        "balance equals the ledger's sum"
    );
}

#[tokio::test]
async fn daily_caps_stop_earning_until_the_next_tashkent_day() {
    let app = TestApp::spawn().await;
    let id = student(&app).await;
    let mut total = 0;
    for n in 0..30 {
        if let Outcome::Paid(c) = award(&app.state, &card(id, &format!("card-{n}"), 5))
            .await
            .unwrap()
        {
            total += c;
        }
    }
    assert_eq!(total, 100, "harf.card_learned is capped at 100 a day");
    assert_eq!(
        award(&app.state, &card(id, "card-x", 5)).await.unwrap(),
        Outcome::Capped
    );
    app.advance_ms(24 * 3_600_000);
    assert_eq!(
        award(&app.state, &card(id, "card-y", 5)).await.unwrap(),
        Outcome::Paid(5)
    );
}

#[tokio::test]
async fn streaks_grow_on_consecutive_days_and_keep_the_longest() {
    let app = TestApp::spawn().await;
    let id = student(&app).await;
    let day = 24 * 3_600_000;
    for _ in 0..3 {
        let mut tx = app.state.db.begin().await.unwrap();
        progress_in(&mut tx, id, 10, app.state.now_ms())
            .await
            .unwrap();
        progress_in(&mut tx, id, 10, app.state.now_ms())
            .await
            .unwrap();
        tx.commit().await.unwrap();
        app.advance_ms(day);
    }
    let s = summary(&app.state, id).await.unwrap();
    assert_eq!((s.streak, s.longest_streak, s.xp, s.level), (3, 3, 60, 1));
    app.advance_ms(2 * day);
    assert_eq!(
        summary(&app.state, id).await.unwrap().streak,
        0,
        "a missed day ends the streak"
    );
    let mut tx = app.state.db.begin().await.unwrap();
    progress_in(&mut tx, id, 50, app.state.now_ms())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let s = summary(&app.state, id).await.unwrap();
    assert_eq!((s.streak, s.longest_streak, s.level), (1, 3, 2));
}
