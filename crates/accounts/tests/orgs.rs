//! Organisations: members invited by Alif24 ID who join by accepting, approval of their
//! teachers, who may manage what.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

pub const PASSWORD: &str = "correct horse 1";

/// An organisation account, approved unless `pending`, and its organisation's id.
pub async fn organisation(
    app: &TestApp,
    name: &str,
    email: &str,
    pending: bool,
) -> (TestUser, i64) {
    let org = app.register("organization", name, email).await;
    if !pending {
        app.exec(&format!(
            "UPDATE users SET status = 'active' WHERE public_id = '{}'",
            org.id
        ))
        .await;
    }
    let mine = app.get("/api/v1/orgs/mine", Some(&org.access)).await.json();
    assert_eq!(mine["orgs"][0]["member_role"], "admin");
    assert_eq!(mine["orgs"][0]["is_owner"], true);
    let id = mine["orgs"][0]["id"].as_i64().expect("org id");
    (org, id)
}

/// Invites a person by Alif24 ID (the old "add member" request, which now sends an invitation).
pub async fn add(
    app: &TestApp,
    org: &TestUser,
    org_id: i64,
    user_id: &str,
    role: &str,
) -> testkit::TestResponse {
    app.post(
        &format!("/api/v1/orgs/{org_id}/members"),
        Some(&org.access),
        json!({ "user_id": user_id, "member_role": role }),
    )
    .await
}

/// Answers an invitation as `who`.
pub async fn answer(
    app: &TestApp,
    who: &TestUser,
    invitation_id: &Value,
    verb: &str,
) -> testkit::TestResponse {
    app.post(
        &format!("/api/v1/orgs/invitations/{invitation_id}/{verb}"),
        Some(&who.access),
        json!({}),
    )
    .await
}

/// Invites `user` and has them accept: the way in for a person without a parent.
pub async fn join(app: &TestApp, org: &TestUser, org_id: i64, user: &TestUser, role: &str) {
    let sent = add(app, org, org_id, &user.id, role).await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.text);
    let accepted = answer(app, user, &sent.json()["invitation"]["id"], "accept").await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
}

async fn member_count(app: &TestApp, org: &TestUser, org_id: i64) -> usize {
    app.get(&format!("/api/v1/orgs/{org_id}/members"), Some(&org.access))
        .await
        .json()["members"]
        .as_array()
        .map_or(0, Vec::len)
}

pub async fn user_status(app: &TestApp, public_id: &str) -> String {
    sqlx::query_scalar("SELECT status FROM users WHERE public_id = $1")
        .bind(public_id)
        .fetch_one(app.state.db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn invited_people_become_members_only_after_they_accept() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur Markazi", "nur@mail.uz", false).await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let student = app.register("student", "Bola", "bola@mail.uz").await;

    let res = add(&app, &org, org_id, &teacher.id, "teacher").await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let invitation = res.json()["invitation"].clone();
    assert_eq!(invitation["user_id"], teacher.id.as_str());
    assert_eq!(invitation["member_role"], "teacher");
    assert_eq!(invitation["status"], "pending");
    assert!(invitation.get("name").is_none(), "no name until accepted");
    let spaced = format!("{} {}", &student.id[..4], &student.id[4..]);
    let to_student = add(&app, &org, org_id, &spaced, "student").await;
    assert_eq!(to_student.status, StatusCode::CREATED);
    assert_eq!(
        to_student.json()["invitation"]["user_id"],
        student.id.as_str()
    );
    let twice = add(&app, &org, org_id, &student.id, "student").await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    assert_eq!(twice.error_code(), "org_already_invited");

    assert_eq!(member_count(&app, &org, org_id).await, 1, "nobody yet");
    assert_eq!(app.count("org_members").await, 1);
    let theirs = app
        .get("/api/v1/orgs/mine", Some(&teacher.access))
        .await
        .json();
    assert_eq!(theirs["orgs"], json!([]));
    let pending = app
        .get(
            &format!("/api/v1/orgs/{org_id}/invitations"),
            Some(&org.access),
        )
        .await
        .json();
    let typed: Vec<&str> = pending["invitations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["user_id"].as_str().unwrap())
        .collect();
    assert_eq!(typed, [student.id.as_str(), teacher.id.as_str()]);

    let received = app
        .get("/api/v1/orgs/invitations", Some(&teacher.access))
        .await
        .json();
    assert_eq!(received["invitations"][0]["org"]["name"], "Nur Markazi");
    assert_eq!(received["invitations"][0]["org"]["kind"], "learning_centre");
    assert_eq!(received["invitations"][0]["can_answer"], true);
    let accepted = answer(&app, &teacher, &invitation["id"], "accept").await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.text);
    assert_eq!(accepted.json()["org"]["member_role"], "teacher");
    let id = to_student.json()["invitation"]["id"].clone();
    assert_eq!(
        answer(&app, &student, &id, "accept").await.status,
        StatusCode::OK
    );
    let again = add(&app, &org, org_id, &student.id, "student").await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.error_code(), "org_already_member");

    let list = app
        .get(&format!("/api/v1/orgs/{org_id}/members"), Some(&org.access))
        .await
        .json();
    let members: Vec<(String, String, String)> = list["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap().to_string();
            (s("name"), s("member_role"), s("status"))
        })
        .collect();
    assert_eq!(
        members,
        [
            ("Nur Markazi".into(), "admin".into(), "active".into()),
            ("Ustoz".into(), "teacher".into(), "active".into()),
            ("Bola".into(), "student".into(), "active".into()),
        ]
    );
    let theirs = app
        .get("/api/v1/orgs/mine", Some(&teacher.access))
        .await
        .json();
    assert_eq!(theirs["orgs"][0]["name"], "Nur Markazi");
    assert_eq!(theirs["orgs"][0]["member_role"], "teacher");
    let left = app
        .get(
            &format!("/api/v1/orgs/{org_id}/invitations"),
            Some(&org.access),
        )
        .await
        .json();
    assert_eq!(left["invitations"], json!([]));
}

#[tokio::test]
async fn malformed_invitations_are_refused_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    for (id, role, field) in [
        ("abc", "student", "user_id"),
        ("1234567", "student", "user_id"),
        ("02345678", "student", "user_id"),
        ("", "student", "user_id"),
        (teacher.id.as_str(), "admin", "member_role"),
        (teacher.id.as_str(), "", "member_role"),
    ] {
        let res = add(&app, &org, org_id, id, role).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{id} {role}");
        assert!(
            res.json()["error"]["fields"][field].is_string(),
            "{}",
            res.text
        );
    }
    let not_json = app
        .api(
            Method::POST,
            &format!("/api/v1/orgs/{org_id}/members"),
            Some(&org.access),
            Some(json!([1])),
        )
        .await;
    assert_eq!(not_json.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.count("org_members").await,
        1,
        "only the organisation itself"
    );
    assert_eq!(app.count("org_invitations").await, 0);
}

#[tokio::test]
async fn a_pending_organisation_sees_its_members_but_cannot_add_any() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Yangi Maktab", "maktab@mail.uz", true).await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let list = app
        .get(&format!("/api/v1/orgs/{org_id}/members"), Some(&org.access))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    let res = add(&app, &org, org_id, &teacher.id, "teacher").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(res.error_code(), "account_not_approved");
    assert_eq!(app.count("org_members").await, 1);

    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "maktab@mail.uz"), ("password", PASSWORD)],
    )
    .await;
    let page = b.get("/org").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("Yangi Maktab") && !page.text.contains("name=\"alif24_id\""));
}

#[tokio::test]
async fn outsiders_get_403_and_other_organisations_cannot_manage_it() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let (rival, _) = organisation(&app, "Raqib", "raqib@mail.uz", false).await;
    let teacher = app.register("teacher", "Ustoz", "t@mail.uz").await;
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    join(&app, &org, org_id, &teacher, "teacher").await;
    let parent = app.register("parent", "Ona", "ona@mail.uz").await;
    let members = format!("/api/v1/orgs/{org_id}/members");

    for who in [&teacher, &student, &parent] {
        let token = Some(who.access.as_str());
        assert_eq!(app.get(&members, token).await.status, StatusCode::FORBIDDEN);
        let res = app
            .post(
                &members,
                token,
                json!({ "user_id": student.id, "member_role": "student" }),
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    }
    let token = Some(rival.access.as_str());
    assert_eq!(app.get(&members, token).await.status, StatusCode::NOT_FOUND);
    let res = app
        .post(
            &members,
            token,
            json!({ "user_id": student.id, "member_role": "student" }),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let remove = app
        .api(
            Method::DELETE,
            &format!("{members}/{}", teacher.id),
            token,
            None,
        )
        .await;
    assert_eq!(remove.status, StatusCode::NOT_FOUND);
    let approve = app
        .post(
            &format!("/api/v1/orgs/{org_id}/teachers/{}/approve", teacher.id),
            token,
            json!({}),
        )
        .await;
    assert_eq!(approve.status, StatusCode::NOT_FOUND);

    assert_eq!(
        app.count("org_members").await,
        3,
        "two owners and the teacher"
    );
    assert_eq!(user_status(&app, &teacher.id).await, "pending");
    assert_eq!(app.count("audit_log").await, 0);
}

#[tokio::test]
async fn an_organisation_approves_its_pending_teacher_and_the_audit_log_records_it() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let teacher = app.register("teacher", "Ustoz", "t@mail.uz").await;
    let stranger = app.register("teacher", "Begona", "b@mail.uz").await;
    join(&app, &org, org_id, &teacher, "teacher").await;

    let outsider = app
        .post(
            &format!("/api/v1/orgs/{org_id}/teachers/{}/approve", stranger.id),
            Some(&org.access),
            json!({}),
        )
        .await;
    assert_eq!(
        outsider.status,
        StatusCode::NOT_FOUND,
        "only its own members"
    );
    assert_eq!(user_status(&app, &stranger.id).await, "pending");

    let res = app
        .post(
            &format!("/api/v1/orgs/{org_id}/teachers/{}/approve", teacher.id),
            Some(&org.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert_eq!(res.json()["member"]["status"], "active");
    assert_eq!(user_status(&app, &teacher.id).await, "active");

    let (action, detail): (String, String) = sqlx::query_as(
        "SELECT a.action, a.detail FROM audit_log a JOIN users t ON t.id = a.target_id \
         JOIN users o ON o.id = a.actor_id WHERE t.public_id = $1 AND o.public_id = $2",
    )
    .bind(&teacher.id)
    .bind(&org.id)
    .fetch_one(app.state.db.pool())
    .await
    .expect("audit entry");
    assert_eq!(action, "org.approve_teacher");
    let detail: Value = serde_json::from_str(&detail).unwrap();
    assert_eq!(detail["org_id"], org_id);

    let class = app
        .post(
            "/api/v1/classes",
            Some(&teacher.access),
            json!({ "name": "1-A", "org_id": org_id }),
        )
        .await;
    assert_eq!(
        class.status,
        StatusCode::CREATED,
        "approved teachers create classes"
    );
    assert_eq!(class.json()["class"]["org"]["name"], "Nur");
}

#[tokio::test]
async fn the_organisation_reads_its_classes_and_rosters_but_does_not_change_them() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let (rival, _) = organisation(&app, "Raqib", "raqib@mail.uz", false).await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let loner = app.teacher("Yolgiz", "y@mail.uz").await;
    join(&app, &org, org_id, &teacher, "teacher").await;
    let foreign = app
        .post(
            "/api/v1/classes",
            Some(&loner.access),
            json!({ "name": "X", "org_id": org_id }),
        )
        .await;
    assert_eq!(
        foreign.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not a member of it"
    );
    let class = app
        .post(
            "/api/v1/classes",
            Some(&teacher.access),
            json!({ "name": "3-B", "org_id": org_id }),
        )
        .await
        .json()["class"]
        .clone();
    let own = app
        .post(
            "/api/v1/classes",
            Some(&teacher.access),
            json!({ "name": "Private" }),
        )
        .await;
    assert_eq!(own.status, StatusCode::CREATED);
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    app.post(
        "/api/v1/classes/join",
        Some(&student.access),
        json!({ "code": class["join_code"] }),
    )
    .await;

    let listed = app.get("/api/v1/classes", Some(&org.access)).await.json();
    let names: Vec<&str> = listed["classes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["3-B"]);
    let path = format!("/api/v1/classes/{}", class["id"]);
    let detail = app.get(&path, Some(&org.access)).await.json();
    assert_eq!(detail["students"][0]["name"], "Bola");
    let patch = app
        .api(
            Method::PATCH,
            &path,
            Some(&org.access),
            Some(json!({ "name": "Ours" })),
        )
        .await;
    assert_eq!(patch.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&path, Some(&rival.access)).await.status,
        StatusCode::NOT_FOUND
    );
    let private = format!("/api/v1/classes/{}", own.json()["class"]["id"]);
    assert_eq!(
        app.get(&private, Some(&org.access)).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn members_leave_and_the_organisation_removes_others_but_never_itself() {
    let app = TestApp::spawn().await;
    let (org, org_id) = organisation(&app, "Nur", "nur@mail.uz", false).await;
    let teacher = app.teacher("Ustoz", "t@mail.uz").await;
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    join(&app, &org, org_id, &teacher, "teacher").await;
    join(&app, &org, org_id, &student, "student").await;
    let members = format!("/api/v1/orgs/{org_id}/members");

    let other = app
        .api(
            Method::DELETE,
            &format!("{members}/{}", student.id),
            Some(&teacher.access),
            None,
        )
        .await;
    assert_eq!(
        other.status,
        StatusCode::FORBIDDEN,
        "a teacher cannot remove others"
    );
    let leave = app
        .api(
            Method::DELETE,
            &format!("{members}/{}", teacher.id),
            Some(&teacher.access),
            None,
        )
        .await;
    assert_eq!(leave.status, StatusCode::NO_CONTENT);
    let removed = app
        .api(
            Method::DELETE,
            &format!("{members}/{}", student.id),
            Some(&org.access),
            None,
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    let itself = app
        .api(
            Method::DELETE,
            &format!("{members}/{}", org.id),
            Some(&org.access),
            None,
        )
        .await;
    assert_eq!(itself.status, StatusCode::CONFLICT);
    assert_eq!(itself.error_code(), "org_owner_stays");
    assert_eq!(app.count("org_members").await, 1);
    let theirs = app
        .get("/api/v1/orgs/mine", Some(&teacher.access))
        .await
        .json();
    assert_eq!(theirs["orgs"], json!([]));
}

#[tokio::test]
async fn the_organisation_invites_and_the_teacher_accepts_through_their_pages() {
    let app = TestApp::spawn().await;
    let (_, org_id) = organisation(&app, "Nur Markazi", "nur@mail.uz", false).await;
    let teacher = app.register("teacher", "Ustoz Aka", "t@mail.uz").await;
    let student = app.register("student", "Bola", "bola@mail.uz").await;
    let mut b = app.browser();
    b.post_form(
        "/login",
        &[("login", "nur@mail.uz"), ("password", PASSWORD)],
    )
    .await;

    let wrong = b
        .post_form(
            "/org/members",
            &[("alif24_id", "1234"), ("member_role", "teacher")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.text.contains("8 ta raqamdan iborat") && wrong.text.contains("value=\"1234\""),
        "{}",
        wrong.text
    );
    let mismatched = b
        .post_form(
            "/org/members",
            &[("alif24_id", &student.id), ("member_role", "teacher")],
        )
        .await;
    assert_eq!(
        mismatched.location(),
        Some("/org?notice=org_invitation_sent")
    );
    let res = b
        .post_form(
            "/org/members",
            &[("alif24_id", &teacher.id), ("member_role", "teacher")],
        )
        .await;
    assert_eq!(res.location(), Some("/org?notice=org_invitation_sent"));
    let page = b.get("/org").await;
    assert!(page.text.contains(&teacher.id) && page.text.contains(&student.id));
    assert!(!page.text.contains("Ustoz Aka"), "no name before accepting");
    assert!(!page
        .text
        .contains(&format!("/org/teachers/{}/approve", teacher.id)));

    let mut t = app.browser();
    t.post_form("/login", &[("login", "t@mail.uz"), ("password", PASSWORD)])
        .await;
    let mut s = app.browser();
    s.post_form(
        "/login",
        &[("login", "bola@mail.uz"), ("password", PASSWORD)],
    )
    .await;
    assert!(
        !s.get("/dashboard").await.text.contains("Nur Markazi"),
        "an invitation for the wrong role reaches nobody"
    );
    let home = t.get("/dashboard").await;
    assert!(home.text.contains("Nur Markazi") && home.text.contains("Tashkilotlardan takliflar"));
    let invitation = app
        .get("/api/v1/orgs/invitations", Some(&teacher.access))
        .await
        .json()["invitations"][0]["id"]
        .clone();
    let action = format!("/orgs/invitations/{invitation}/accept");
    assert!(home.text.contains(&format!("action=\"{action}\"")));
    let accepted = t.post_form(&action, &[]).await;
    assert_eq!(
        accepted.location(),
        Some("/dashboard?notice=org_invitation_accepted")
    );

    let page = b.get("/org").await;
    assert!(page.text.contains("Ustoz Aka") && page.text.contains(&teacher.id));
    let dashboard = b.get("/dashboard").await;
    assert!(dashboard
        .text
        .contains(&format!("/org/teachers/{}/approve", teacher.id)));
    let approved = b
        .post_form(&format!("/org/teachers/{}/approve", teacher.id), &[])
        .await;
    assert_eq!(
        approved.location(),
        Some("/org?notice=org_teacher_approved")
    );
    assert_eq!(user_status(&app, &teacher.id).await, "active");
    assert_eq!(app.count("audit_log").await, 1);

    let mine = t.get("/dashboard").await;
    assert!(mine.text.contains("Nur Markazi") && mine.text.contains("action=\"/classes\""));
    let left = t.post_form(&format!("/orgs/{org_id}/leave"), &[]).await;
    assert_eq!(left.location(), Some("/dashboard?notice=org_left"));
    assert_eq!(app.count("org_members").await, 1);
}
