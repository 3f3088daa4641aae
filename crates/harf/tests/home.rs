//! Harf's tiles on a child's home page.

use kernel::auth::Principal;
use kernel::home::HomeTile;
use kernel::i18n::{Lang, Tr};
use serde_json::json;
use testkit::{TestApp, TestUser};

use crate::api::learn;

async fn principal(app: &TestApp, kid: &TestUser) -> Principal {
    app.state
        .auth
        .resolve(&kid.access)
        .await
        .unwrap()
        .expect("the child's token resolves")
}

async fn tiles(app: &TestApp, kid: &TestUser, lang: Lang) -> Vec<HomeTile> {
    tiles_of(app, &principal(app, kid).await, lang).await
}

async fn tiles_of(app: &TestApp, child: &Principal, lang: Lang) -> Vec<HomeTile> {
    let tr = Tr::new(app.state.i18n.clone(), lang);
    kernel::home::tiles_for(&app.state, child, &tr).await
}

fn kind<'a>(tiles: &'a [HomeTile], kind: &str) -> Option<&'a HomeTile> {
    tiles.iter().find(|t| t.kind == kind)
}

#[tokio::test]
async fn a_child_who_finished_card_one_gets_a_continue_tile_pointing_at_card_two() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Lola", "lola@mail.uz").await;
    learn(&app, &kid, "uz-a").await;
    let all = tiles(&app, &kid, Lang::Uz).await;
    let next = kind(&all, "harf-continue").expect("a continue tile");
    assert_eq!(next.href, "/harf/uz/uz-b");
    assert_eq!(next.order, 10);
    assert!(next.say.contains('B'), "{}", next.say);
    let letters = kind(&all, "letters").expect("a letters tile");
    assert_eq!(letters.href, "/harf/uz");
    assert!(!letters.say.is_empty() && !letters.picture.is_empty());
    let goal = kind(&all, "harf-goal").expect("today's goal");
    assert_eq!(goal.detail.as_deref(), Some("2 tadan 1 ta harf"));
    assert_eq!(goal.href, "/harf/uz/uz-b");
    let order: Vec<&str> = all
        .iter()
        .filter(|t| t.kind.starts_with("harf") || t.kind == "letters")
        .map(|t| t.kind)
        .collect();
    assert_eq!(order, ["harf-continue", "harf-goal", "letters"]);
}

#[tokio::test]
async fn a_new_child_gets_letters_in_their_language_and_no_continue_tile() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Masha", "masha@mail.uz").await;
    let all = tiles(&app, &kid, Lang::Ru).await;
    assert!(kind(&all, "harf-continue").is_none());
    assert_eq!(kind(&all, "letters").unwrap().href, "/harf/ru");
    assert_eq!(kind(&all, "letters").unwrap().label, "Буквы");
    let goal = kind(&all, "harf-goal").unwrap();
    assert!(goal.say.contains("2 буквы"), "{}", goal.say);
}

#[tokio::test]
async fn the_goal_is_met_after_two_cards_today_and_resets_tomorrow() {
    let app = TestApp::spawn().await;
    let kid = app.register("student", "Ali", "ali@mail.uz").await;
    learn(&app, &kid, "en-a").await;
    let res = app
        .post(
            "/api/v1/harf/cards/en-b/activities/find",
            Some(&kid.access),
            json!({"correct": 5, "total": 5}),
        )
        .await;
    assert_eq!(res.status, 200);
    let child = principal(&app, &kid).await;
    let all = tiles_of(&app, &child, Lang::En).await;
    let goal = kind(&all, "harf-goal").unwrap();
    assert_eq!(goal.detail.as_deref(), Some("2 of 2"));
    assert_eq!(goal.picture, "🏆");
    assert_eq!(kind(&all, "harf-continue").unwrap().href, "/harf/en/en-b");
    app.advance_ms(86_400_000);
    let all = tiles_of(&app, &child, Lang::En).await;
    assert_eq!(
        kind(&all, "harf-goal").unwrap().detail.as_deref(),
        Some("0 of 2")
    );
}
