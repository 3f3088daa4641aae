//! The coin shop: buying never takes a balance below zero, owned items are used for free, an
//! avatar becomes the child's avatar everywhere and a theme colours their pages.

use axum::http::StatusCode;
use futures_util::future::join_all;
use rewards::service::award;
use rewards::Award;
use serde_json::json;
use testkit::{TestApp, TestUser};

async fn child_with_coins(app: &TestApp, coins: i64) -> (TestUser, i64) {
    let child = app.register("student", "Kamola", "kamola@mail.uz").await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE public_id = $1")
        .bind(&child.id)
        .fetch_one(app.state.db.pool())
        .await
        .unwrap();
    if coins > 0 {
        let grant = Award {
            user_id: id,
            amount: coins,
            source: "test.grant",
            reference: "-",
            key: "grant",
        };
        award(&app.state, &grant).await.unwrap();
    }
    (child, id)
}

async fn buy(app: &TestApp, who: &TestUser, item: &str) -> testkit::TestResponse {
    let path = format!("/api/v1/coins/shop/{item}/buy");
    app.post(&path, Some(&who.access), json!({})).await
}

async fn balance_and_ledger(app: &TestApp, id: i64) -> (i64, i64) {
    let pool = app.state.db.pool();
    let balance = rewards::service::summary(&app.state, id)
        .await
        .unwrap()
        .balance;
    let sum = rewards::store::ledger_sum(pool, id).await.unwrap();
    (balance, sum)
}

fn item<'a>(shop: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    shop["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("{id} is in the shop"))
}

#[tokio::test]
async fn a_bought_avatar_takes_the_coins_and_becomes_the_childs_avatar() {
    let app = TestApp::spawn().await;
    let (child, id) = child_with_coins(&app, 12).await;

    let shop = app.get("/api/v1/coins/shop", Some(&child.access)).await;
    assert_eq!(shop.status, StatusCode::OK);
    let shop = shop.json();
    assert_eq!(shop["balance"], 12);
    assert_eq!(item(&shop, "avatar-cat")["owned"], false);
    assert_eq!(item(&shop, "avatar-cat")["name"], "Mushukcha");
    assert_eq!(item(&shop, "avatar-dragon")["missing"], 68);
    assert_eq!(item(&shop, "theme-classic")["in_use"], true);

    let res = buy(&app, &child, "avatar-cat").await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    assert_eq!(res.json()["balance"], 7);
    assert_eq!(balance_and_ledger(&app, id).await, (7, 7));

    let me = app.get("/api/v1/auth/me", Some(&child.access)).await.json();
    assert_eq!(me["user"]["avatar"], "🐱", "{me}");
    let shop = app
        .get("/api/v1/coins/shop", Some(&child.access))
        .await
        .json();
    assert_eq!(item(&shop, "avatar-cat")["owned"], true);
    assert_eq!(item(&shop, "avatar-cat")["in_use"], true);
    let coins = app.get("/api/v1/coins", Some(&child.access)).await.json();
    assert_eq!(coins["entries"][0]["source"], "shop.buy");
    assert_eq!(coins["entries"][0]["amount"], -5);
}

#[tokio::test]
async fn a_purchase_the_balance_cannot_pay_or_already_owned_is_refused_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let (child, id) = child_with_coins(&app, 6).await;
    let res = buy(&app, &child, "avatar-dragon").await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.error_code(), "shop_not_enough_coins");
    assert!(res.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("74"));
    assert_eq!(app.count("shop_owned").await, 0);
    assert_eq!(app.count("coin_ledger").await, 1, "only the grant");

    assert_eq!(
        buy(&app, &child, "avatar-dog").await.status,
        StatusCode::CREATED
    );
    let again = buy(&app, &child, "avatar-dog").await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.error_code(), "shop_item_owned");
    let free = buy(&app, &child, "theme-classic").await;
    assert_eq!(
        free.error_code(),
        "shop_item_owned",
        "the default look is everyone's"
    );
    assert_eq!(balance_and_ledger(&app, id).await, (1, 1));
    assert_eq!(app.count("shop_owned").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn purchases_at_once_never_take_the_balance_below_zero() {
    let app = TestApp::spawn().await;
    let (child, id) = child_with_coins(&app, 10).await;
    // 5 + 5 + 10 + 10 + the same cat again: the balance pays for at most two of them.
    let items = [
        "avatar-cat",
        "avatar-dog",
        "avatar-chick",
        "avatar-mouse",
        "avatar-cat",
    ];
    let results = join_all(items.iter().map(|i| buy(&app, &child, i))).await;
    let mut spent = 0;
    for (i, res) in items.iter().zip(&results) {
        match res.status {
            StatusCode::CREATED => {
                spent += res.json()["item"]
                    .as_str()
                    .map_or(0, |_| rewards::shop::catalogue::find(i).unwrap().price)
            }
            StatusCode::CONFLICT => assert!(
                ["shop_not_enough_coins", "shop_item_owned"].contains(&res.error_code().as_str()),
                "{}",
                res.text
            ),
            other => panic!("{i}: {other} {}", res.text),
        }
    }
    let (balance, ledger) = balance_and_ledger(&app, id).await;
    assert!(balance >= 0, "balance {balance}");
    assert_eq!(balance, 10 - spent);
    assert_eq!(balance, ledger, "balance equals the ledger's sum");
    let bought = results
        .iter()
        .filter(|r| r.status == StatusCode::CREATED)
        .count();
    assert!(bought >= 1);
    assert_eq!(app.count("shop_owned").await, bought as i64);

    // Eight taps on one item at once buy it once.
    let (other, other_id) = {
        let c = app.register("student", "Aziz", "aziz@mail.uz").await;
        let id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE public_id = $1")
            .bind(&c.id)
            .fetch_one(app.state.db.pool())
            .await
            .unwrap();
        let grant = Award {
            user_id: id,
            amount: 100,
            source: "test.grant",
            reference: "-",
            key: "grant-aziz",
        };
        award(&app.state, &grant).await.unwrap();
        (c, id)
    };
    let results = join_all((0..8).map(|_| buy(&app, &other, "avatar-eagle"))).await;
    let created = results
        .iter()
        .filter(|r| r.status == StatusCode::CREATED)
        .count();
    assert_eq!(
        created,
        1,
        "{:?}",
        results.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    assert_eq!(balance_and_ledger(&app, other_id).await, (50, 50));
}

#[tokio::test]
async fn a_chosen_theme_colours_the_childs_pages_and_owned_items_are_used_for_free() {
    let app = TestApp::spawn().await;
    let (child, id) = child_with_coins(&app, 40).await;
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "kamola@mail.uz"), ("password", testkit::PASSWORD)],
    )
    .await;
    let page = b.get("/coins").await;
    assert!(!page.text.contains("data-theme="), "no theme yet");

    let res = b.post_form("/coins/shop/theme-sea/buy", &[]).await;
    assert_eq!(res.location(), Some("/coins/shop?notice=shop-bought"));
    let page = b.get("/coins").await;
    assert!(
        page.text.contains("<body data-theme=\"sea\">"),
        "{}",
        page.text
    );
    assert!(page.text.contains("css/themes.css"));

    let not_owned = app
        .post(
            "/api/v1/coins/shop/theme-violet/use",
            Some(&child.access),
            json!({}),
        )
        .await;
    assert_eq!(not_owned.status, StatusCode::CONFLICT);
    assert_eq!(not_owned.error_code(), "shop_item_not_owned");

    let res = b.post_form("/coins/shop/theme-classic/use", &[]).await;
    assert_eq!(res.location(), Some("/coins/shop?notice=shop-used"));
    assert!(!b.get("/coins").await.text.contains("<body data-theme"));
    let back = app
        .post(
            "/api/v1/coins/shop/theme-sea/use",
            Some(&child.access),
            json!({}),
        )
        .await;
    assert_eq!(back.status, StatusCode::NO_CONTENT);
    assert!(b.get("/harf").await.text.contains("data-theme=\"sea\""));
    assert_eq!(
        balance_and_ledger(&app, id).await,
        (25, 25),
        "using is free"
    );
}

#[tokio::test]
async fn the_shop_page_sells_by_pictures_and_explains_a_refusal() {
    let app = TestApp::spawn().await;
    child_with_coins(&app, 5).await;
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "kamola@mail.uz"), ("password", testkit::PASSWORD)],
    )
    .await;
    let page = b.get("/coins/shop").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("action=\"/coins/shop/avatar-cat/buy\""));
    assert!(
        !page
            .text
            .contains("action=\"/coins/shop/avatar-chick/buy\""),
        "too dear"
    );
    assert!(page.text.contains("Yana 5 ta tanga kerak"));
    assert!(page.text.contains("data-say=\"Senda 5 ta tanga bor."));

    let refused = b.post_form("/coins/shop/avatar-wolf/buy", &[]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused
        .text
        .contains("Tangalar yetmaydi: yana 35 ta tanga kerak."));

    b.post_form("/coins/shop/avatar-cat/buy", &[]).await;
    let page = b.get("/coins/shop?notice=shop-bought").await;
    assert!(page.text.contains("Endi bu seniki!"));
    assert!(
        page.text
            .contains("<span class=\"avatar\" aria-hidden=\"true\">🐱</span>"),
        "header avatar"
    );
    let history = b.get("/coins").await;
    assert!(history.text.contains("Doʻkondan xarid: Mushukcha"));
    assert!(history.text.contains("-5 🪙"));
}

#[tokio::test]
async fn only_children_shop_and_unknown_items_are_not_found() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ota@mail.uz", "Jasur").await;
    assert_eq!(
        app.get("/api/v1/coins/shop", Some(&parent.access))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        buy(&app, &parent, "avatar-cat").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        buy(&app, &child, "avatar-unicorn").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/v1/coins/shop", None).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(app.count("coin_ledger").await, 0);
}
