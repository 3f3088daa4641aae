//! Builders for the people and groups tests start from (approved teachers, moderators,
//! organisations, families, classes with students), made through the API as users would make
//! them, so no test writes another domain's tables.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicU32, Ordering};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Method, Request, StatusCode};
use serde_json::{json, Value};

use crate::{TestApp, TestResponse, TestUser};

/// The password every builder gives the accounts it makes.
pub const PASSWORD: &str = "correct horse 1";

const ADMIN_EMAIL: &str = "admin@alif24.test";
const ADMIN_PASSWORD: &str = "admin password 1";

/// What the builders keep for the life of one [`TestApp`].
#[derive(Default)]
pub(crate) struct Fixtures {
    /// The administrator exists (created once, the way the CLI does).
    admin: tokio::sync::OnceCell<()>,
    /// The administrator's access token used for approvals, renewed when it expires.
    approver: tokio::sync::Mutex<Option<String>>,
    /// Numbers the devices of builder-made users, so each child has an address of their own.
    devices: AtomicU32,
}

impl TestApp {
    /// The administrator, created once per application as the CLI does, then logged in.
    pub async fn admin(&self) -> TestUser {
        self.fixtures
            .admin
            .get_or_init(|| async {
                let admin = accounts::service::setup::NewAdmin::parse(
                    Some("Admin"),
                    Some(ADMIN_EMAIL),
                    Some(ADMIN_PASSWORD),
                )
                .expect("valid admin");
                accounts::service::setup::create_admin(&self.state, admin, None)
                    .await
                    .expect("admin created");
            })
            .await;
        self.login(ADMIN_EMAIL, ADMIN_PASSWORD).await
    }

    /// An active teacher: registered, then approved by the administrator.
    pub async fn teacher(&self, name: &str, email: &str) -> TestUser {
        let t = self.register("teacher", name, email).await;
        self.approve(t).await
    }

    /// An approved organisation account (a school or a learning centre).
    pub async fn organisation(&self, name: &str, email: &str) -> TestUser {
        let org = self.register("organization", name, email).await;
        self.approve(org).await
    }

    /// A moderator: registered as a parent, then given the role by the administrator.
    pub async fn moderator(&self, email: &str) -> TestUser {
        let m = self.register("parent", "Moderator", email).await;
        let res = self
            .as_admin(
                &format!("/api/v1/admin/users/{}/role", m.id),
                json!({"role": "moderator"}),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "role change: {}", res.text);
        self.refreshed(m).await
    }

    /// A parent and the child account they create through the family API; the child logs in
    /// on a device of their own with the Alif24 ID and password the parent was given.
    pub async fn family(&self, parent_email: &str, child_name: &str) -> (TestUser, TestUser) {
        let parent = self.register("parent", "Ota-ona", parent_email).await;
        let res = self
            .post(
                "/api/v1/family/children",
                Some(&parent.access),
                json!({"name": child_name, "birth_year": 2019, "avatar": "🐼", "password": PASSWORD}),
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::CREATED,
            "create child: {}",
            res.text
        );
        let id = res.json()["child"]["id"]
            .as_str()
            .expect("child id")
            .to_string();
        let (_, device) = self.device();
        let res = self
            .send_from(
                device,
                Method::POST,
                "/api/v1/auth/login",
                None,
                json!({"login": id, "password": PASSWORD}),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "child login: {}", res.text);
        (parent, Self::test_user(res.json()))
    }

    /// A class the teacher creates through the API, and `n` students who each register and
    /// join it with its code from a device of their own; the class id and the students.
    pub async fn class_with_students(
        &self,
        teacher: &TestUser,
        class_name: &str,
        n: usize,
    ) -> (i64, Vec<TestUser>) {
        let res = self
            .post(
                "/api/v1/classes",
                Some(&teacher.access),
                json!({"name": class_name}),
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::CREATED,
            "create class: {}",
            res.text
        );
        let class = res.json()["class"].clone();
        let code = class["join_code"].as_str().expect("join code").to_string();
        let class_id = class["id"].as_i64().expect("class id");
        let mut students = Vec::with_capacity(n);
        for _ in 0..n {
            let (k, device) = self.device();
            let res = self
                .send_from(
                    device,
                    Method::POST,
                    "/api/v1/auth/register",
                    None,
                    json!({"role": "student", "name": format!("Oʻquvchi {k}"),
                           "email": format!("student{k}@class.alif24.test"), "password": PASSWORD}),
                )
                .await;
            assert_eq!(res.status, StatusCode::CREATED, "register: {}", res.text);
            let student = Self::test_user(res.json());
            let res = self
                .send_from(
                    device,
                    Method::POST,
                    "/api/v1/classes/join",
                    Some(&student.access),
                    json!({"code": code}),
                )
                .await;
            assert_eq!(res.status, StatusCode::OK, "join class: {}", res.text);
            students.push(student);
        }
        (class_id, students)
    }

    /// Approves a teacher or an organisation as the administrator; the user as they now are.
    async fn approve(&self, user: TestUser) -> TestUser {
        let res = self
            .as_admin(
                &format!("/api/v1/admin/users/{}/approve", user.id),
                json!({}),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "approve: {}", res.text);
        self.refreshed(user).await
    }

    /// The same user with `user` read again from `/api/v1/auth/me`.
    async fn refreshed(&self, mut user: TestUser) -> TestUser {
        let me = self.get("/api/v1/auth/me", Some(&user.access)).await;
        assert_eq!(me.status, StatusCode::OK, "me: {}", me.text);
        user.user = me.json()["user"].clone();
        user
    }

    /// A POST as the administrator, logging in again when the token has expired.
    async fn as_admin(&self, path: &str, body: Value) -> TestResponse {
        let mut token = self.fixtures.approver.lock().await;
        if let Some(t) = token.as_deref() {
            let res = self.post(path, Some(t), body.clone()).await;
            if res.status != StatusCode::UNAUTHORIZED {
                return res;
            }
        }
        let fresh = self.admin().await.access;
        let res = self.post(path, Some(&fresh), body).await;
        *token = Some(fresh);
        res
    }

    /// A new device: its number and its address.
    fn device(&self) -> (u32, SocketAddr) {
        let k = self.fixtures.devices.fetch_add(1, Ordering::Relaxed) + 1;
        let [_, _, hi, lo] = k.to_be_bytes();
        let addr = SocketAddr::new(IpAddr::V4(Ipv4Addr::new(10, 24, hi, lo)), 40_000);
        (k, addr)
    }

    /// A JSON API call from a given client address.
    async fn send_from(
        &self,
        from: SocketAddr,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Value,
    ) -> TestResponse {
        let mut req = Request::builder()
            .method(method)
            .uri(path)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let mut req = req.body(Body::from(body.to_string())).expect("request");
        req.extensions_mut().insert(ConnectInfo(from));
        self.send(req).await
    }
}
