//! Invitations: the same answer for any ID, a child's parent answers, rate limits, declining,
//! withdrawing and expiry.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

use crate::orgs::{add, answer, organisation, PASSWORD};

/// The keys of a JSON object, sorted.
fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
    k.sort();
    k
}

async fn received(app: &TestApp, who: &TestUser) -> Value {
    app.get("/api/v1/orgs/invitations", Some(&who.access))
        .await
        .json()["invitations"]
        .clone()
}

async fn memberships(app: &TestApp, who: &TestUser) -> Value {
    app.get("/api/v1/orgs/mine", Some(&who.access)).await.json()["orgs"].clone()
}

/// A child created by `parent`, logged in with its Alif24 ID.
async fn child_of(app: &TestApp, parent: &TestUser, name: &str) -> TestUser {
    let res = app
        .post(
            "/api/v1/family/children",
            Some(&parent.access),
            json!({"name": name, "birth_year": 2018, "avatar": "🐼", "password": "bola1234"}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let id = res.json()["child"]["id"].as_str().unwrap().to_string();
    app.login(&id, "bola1234").await
}

#[tokio::test]
async fn an_unknown_or_mismatched_id_gets_the_same_answer_as_a_real_one_and_reaches_nobody() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let pupil = app.register("student", "Oʻquvchi", "pupil@mail.uz").await;
    let unknown = if teacher.id == "12345678" {
        "87654321"
    } else {
        "12345678"
    };

    let real = add(&app, &org, org_id, &student.id, "student").await;
    assert_eq!(real.status, StatusCode::CREATED, "{}", real.text);
    for (id, role) in [
        (unknown, "student"),
        (pupil.id.as_str(), "teacher"),
        (teacher.id.as_str(), "student"),
        (parent.id.as_str(), "student"),
    ] {
        let res = add(&app, &org, org_id, id, role).await;
        assert_eq!(res.status, real.status, "{id} as {role}: {}", res.text);
        assert_eq!(keys(&res.json()), keys(&real.json()));
        let inv = &res.json()["invitation"];
        assert_eq!(keys(inv), keys(&real.json()["invitation"]));
        assert_eq!(inv["user_id"], id);
        assert_eq!(inv["member_role"], role);
        assert_eq!(inv["status"], "pending");
    }
    assert_eq!(received(&app, &teacher).await, json!([]));
    assert_eq!(received(&app, &parent).await, json!([]));
    assert_eq!(received(&app, &org).await, json!([]));
    assert_eq!(received(&app, &pupil).await, json!([]));
    let mine = received(&app, &student).await;
    assert_eq!(
        mine.as_array().unwrap().len(),
        1,
        "only the invitation that fits"
    );
    assert_eq!(mine[0]["member_role"], "student");
    assert_eq!(app.count("org_invitations").await, 5);
    assert_eq!(app.count("org_members").await, 1);
}

#[tokio::test]
async fn a_parent_accepts_for_the_child_and_the_child_alone_cannot() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur Maktabi", "nur@mail.uz", false).await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let stranger = app.register("parent", "Begona", "begona@mail.uz").await;
    let child = child_of(&app, &parent, "Kichkina").await;
    let sent = add(&app, &org, org_id, &child.id, "student").await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.text);
    let id = sent.json()["invitation"]["id"].clone();

    let seen = received(&app, &child).await;
    assert_eq!(seen[0]["can_answer"], false, "{seen}");
    let alone = answer(&app, &child, &id, "accept").await;
    assert_eq!(alone.status, StatusCode::FORBIDDEN);
    assert_eq!(alone.error_code(), "org_invitation_parent_answers");
    assert_eq!(
        answer(&app, &child, &id, "decline").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        answer(&app, &stranger, &id, "accept").await.status,
        StatusCode::NOT_FOUND,
        "another family's child"
    );
    assert_eq!(received(&app, &stranger).await, json!([]));
    assert_eq!(memberships(&app, &child).await, json!([]));

    let theirs = received(&app, &parent).await;
    assert_eq!(theirs[0]["invitee"]["id"], child.id.as_str());
    assert_eq!(theirs[0]["invitee"]["name"], "Kichkina");
    assert_eq!(theirs[0]["org"]["name"], "Nur Maktabi");
    assert_eq!(theirs[0]["can_answer"], true);
    let res = answer(&app, &parent, &id, "accept").await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let orgs = memberships(&app, &child).await;
    assert_eq!(orgs[0]["name"], "Nur Maktabi");
    assert_eq!(orgs[0]["member_role"], "student");
    assert_eq!(
        memberships(&app, &parent).await,
        json!([]),
        "the parent stays out"
    );
    assert_eq!(received(&app, &parent).await, json!([]));
}

#[tokio::test]
async fn declined_withdrawn_and_expired_invitations_make_nobody_a_member() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let a = app.register("student", "Anvar", "a@mail.uz").await;
    let b = app.register("student", "Barno", "b@mail.uz").await;
    let c = app.register("student", "Charos", "c@mail.uz").await;
    let mut ids = Vec::new();
    for who in [&a, &b, &c] {
        let res = add(&app, &org, org_id, &who.id, "student").await;
        ids.push(res.json()["invitation"]["id"].clone());
    }
    let (to_a, to_b, to_c) = (&ids[0], &ids[1], &ids[2]);

    let declined = answer(&app, &a, to_a, "decline").await;
    assert_eq!(declined.status, StatusCode::NO_CONTENT);
    assert_eq!(
        answer(&app, &a, to_a, "accept").await.status,
        StatusCode::NOT_FOUND
    );

    let withdraw = format!("/api/v1/orgs/{org_id}/invitations/{to_b}");
    let res = app
        .api(Method::DELETE, &withdraw, Some(&b.access), None)
        .await;
    assert_eq!(
        res.status,
        StatusCode::FORBIDDEN,
        "only the organisation withdraws"
    );
    let res = app
        .api(Method::DELETE, &withdraw, Some(&org.access), None)
        .await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    assert_eq!(received(&app, &b).await, json!([]));
    assert_eq!(
        answer(&app, &b, to_b, "accept").await.status,
        StatusCode::NOT_FOUND
    );
    let again = app
        .api(Method::DELETE, &withdraw, Some(&org.access), None)
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);

    app.advance_ms(14 * 24 * 3_600_000 - 1);
    // Access tokens are short-lived: log in again after the clock jump.
    let (c, org) = (
        app.login("c@mail.uz", PASSWORD).await,
        app.login("nur@mail.uz", PASSWORD).await,
    );
    assert_eq!(received(&app, &c).await.as_array().unwrap().len(), 1);
    app.advance_ms(1);
    assert_eq!(received(&app, &c).await, json!([]), "expired after 14 days");
    assert_eq!(
        answer(&app, &c, to_c, "accept").await.status,
        StatusCode::NOT_FOUND
    );
    let pending = app
        .get(
            &format!("/api/v1/orgs/{org_id}/invitations"),
            Some(&org.access),
        )
        .await
        .json();
    assert_eq!(pending["invitations"], json!([]));
    assert_eq!(app.count("org_members").await, 1);

    let renewed = add(&app, &org, org_id, &c.id, "student").await;
    assert_eq!(
        renewed.status,
        StatusCode::CREATED,
        "an expired one can be sent again"
    );
    let id = renewed.json()["invitation"]["id"].clone();
    assert_eq!(answer(&app, &c, &id, "accept").await.status, StatusCode::OK);
    assert_eq!(app.count("org_members").await, 2);
}

#[tokio::test]
async fn invitations_are_rate_limited_per_caller() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let (other, other_id) = organisation(&app, "Boshqa", "boshqa@mail.uz", false).await;
    let max = accounts::service::org_invitations::INVITES_PER_CALLER.max;
    for i in 0..max {
        let res = add(&app, &org, org_id, &(30_000_000 + i).to_string(), "student").await;
        assert_eq!(res.status, StatusCode::CREATED, "{i}: {}", res.text);
    }
    let over = add(&app, &org, org_id, "39999999", "student").await;
    assert_eq!(over.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(over.error_code(), "rate_limited");
    assert_eq!(app.count("org_invitations").await, i64::from(max));
    let elsewhere = add(&app, &other, other_id, "39999999", "student").await;
    assert_eq!(
        elsewhere.status,
        StatusCode::CREATED,
        "another caller is not held up"
    );
    app.advance_ms(3_600_000);
    let org = app.login("nur@mail.uz", PASSWORD).await;
    let later = add(&app, &org, org_id, "39999999", "student").await;
    assert_eq!(later.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_parent_answers_on_the_children_page_in_each_language() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur Maktabi", "nur@mail.uz", false).await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let child = child_of(&app, &parent, "Kichkina").await;
    let first =
        add(&app, &org, org_id, &child.id, "student").await.json()["invitation"]["id"].clone();
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "ona@mail.uz"), ("password", PASSWORD)],
    )
    .await;
    for (lang, title) in [
        ("uz", "Tashkilotlardan takliflar"),
        ("ru", "Приглашения от организаций"),
        ("en", "Invitations from organisations"),
    ] {
        b.post_form("/language", &[("lang", lang), ("next", "/family")])
            .await;
        let page = b.get("/family").await;
        assert!(page.text.contains(title), "{lang}: {}", page.text);
        assert!(page.text.contains("Nur Maktabi") && page.text.contains("Kichkina"));
    }
    let declined = b
        .post_form(&format!("/orgs/invitations/{first}/decline"), &[])
        .await;
    assert_eq!(
        declined.location(),
        Some("/family?notice=org_invitation_declined")
    );
    assert!(!b.get("/family").await.text.contains("Nur Maktabi"));

    let second =
        add(&app, &org, org_id, &child.id, "student").await.json()["invitation"]["id"].clone();
    let mut kid = app.browser();
    kid.post_form("/login", &[("login", &child.id), ("password", "bola1234")])
        .await;
    let home = kid.get("/dashboard").await;
    assert!(home.text.contains("Nur Maktabi") && home.text.contains("ota-onang javob beradi"));
    assert!(!home
        .text
        .contains(&format!("/orgs/invitations/{second}/accept")));
    let tried = kid
        .post_form(&format!("/orgs/invitations/{second}/accept"), &[])
        .await;
    assert_eq!(tried.status, StatusCode::FORBIDDEN);
    let accepted = b
        .post_form(&format!("/orgs/invitations/{second}/accept"), &[])
        .await;
    assert_eq!(
        accepted.location(),
        Some("/family?notice=org_invitation_accepted")
    );
    assert_eq!(memberships(&app, &child).await[0]["name"], "Nur Maktabi");
}
