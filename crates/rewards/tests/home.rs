//! Rewards' tile on a child's home page: the balance and the streak, in words a pre-reader hears.

use kernel::i18n::{Lang, Tr};
use rewards::home::tile;
use rewards::service::award;
use rewards::Award;
use testkit::TestApp;

fn tr(app: &TestApp, lang: Lang) -> Tr {
    Tr::new(app.state.i18n.clone(), lang)
}

#[tokio::test]
async fn the_coins_tile_counts_with_each_languages_plurals() {
    let app = TestApp::spawn().await;
    let ru = tr(&app, Lang::Ru);
    let detail = |coins, days| tile(&ru, coins, days).detail.unwrap();
    assert_eq!(detail(1, 0), "1 монета");
    assert_eq!(detail(3, 2), "3 монеты · 2 дня подряд");
    assert_eq!(detail(5, 5), "5 монет · 5 дней подряд");
    assert_eq!(detail(21, 21), "21 монета · 21 день подряд");
    let en = tr(&app, Lang::En);
    assert_eq!(
        tile(&en, 35, 0).say,
        "You have 35 coins. Buy a new friend in the shop."
    );
    assert_eq!(tile(&en, 1, 1).detail.unwrap(), "1 coin · 1 day in a row");
    assert_eq!(
        tile(&en, 0, 0).say,
        "You have no coins yet. Learn letters to collect coins."
    );
    let uz = tr(&app, Lang::Uz);
    let t = tile(&uz, 35, 3);
    assert_eq!(
        t.say,
        "Senda 35 ta tanga bor. Doʻkondan yangi doʻst sotib ol. 3 kundan beri har kuni oʻqiyapsan, barakalla!"
    );
    assert_eq!(
        (t.kind, t.href.as_str(), t.order),
        ("coins", "/coins/shop", 70)
    );
}

#[tokio::test]
async fn a_child_gets_the_coins_tile_with_their_balance_and_adults_get_none() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ota@mail.uz", "Jasur").await;
    let child_p = app
        .state
        .auth
        .resolve(&child.access)
        .await
        .unwrap()
        .unwrap();
    let grant = Award {
        user_id: child_p.id,
        amount: 7,
        source: "test.grant",
        reference: "-",
        key: "grant",
    };
    award(&app.state, &grant).await.unwrap();
    let tiles = kernel::home::tiles_for(&app.state, &child_p, &tr(&app, Lang::En)).await;
    let coins = tiles
        .iter()
        .find(|t| t.kind == "coins")
        .expect("a coins tile");
    assert_eq!(coins.detail.as_deref(), Some("7 coins"));
    let parent_p = app
        .state
        .auth
        .resolve(&parent.access)
        .await
        .unwrap()
        .unwrap();
    let tiles = kernel::home::tiles_for(&app.state, &parent_p, &tr(&app, Lang::En)).await;
    assert!(tiles.iter().all(|t| t.kind != "coins"));
}
