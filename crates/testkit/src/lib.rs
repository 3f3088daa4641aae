//! Test harness: the real Alif24 router on a fresh database per test, driven in process, with
//! typed helpers for the common steps. Set `ALIF24_TEST_DATABASE_URL=postgres://…` (a role
//! allowed to create databases) to run the same tests on PostgreSQL.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use kernel::clock::ManualClock;
use kernel::config::{Config, Settings};
use kernel::AppState;
use serde_json::{json, Value};
use tower::ServiceExt;

mod browser;
mod builders;
mod database;

pub use browser::Browser;
pub use builders::PASSWORD;
pub use database::TestDb;

/// 2026-09-01 11:00 in Tashkent: the start of a school year.
pub const START_MS: i64 = 1_788_242_400_000;

/// One application on its own database.
pub struct TestApp {
    pub state: AppState,
    pub clock: Arc<ManualClock>,
    router: Router,
    runner: kernel::jobs::runner::Runner<AppState>,
    fixtures: builders::Fixtures,
    /// The database this app created (a replica shares it and does not own it).
    _db: Option<TestDb>,
}

/// A response, with its body read.
#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub text: String,
}

impl TestResponse {
    /// The body as JSON (panics with the body when it is not JSON).
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|_| panic!("not JSON ({}): {}", self.status, self.text))
    }

    /// The error code of an error envelope.
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// `Set-Cookie` values.
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok().map(String::from))
            .collect()
    }

    pub fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
    }
}

/// A registered user as tests use them.
#[derive(Clone, Debug)]
pub struct TestUser {
    /// The 8-digit Alif24 ID.
    pub id: String,
    pub access: String,
    pub refresh: String,
    pub user: Value,
}

impl TestApp {
    /// A fresh application on a fresh database. With `ALIF24_TEST_REDIS_URL` set, its rate
    /// limits count in that Redis under a prefix of its own.
    pub async fn spawn() -> Self {
        Self::spawn_with(&[]).await
    }

    /// Like [`TestApp::spawn`], with configuration values of the test's choosing (for example a
    /// shared `ALIF24_REDIS_PREFIX`, so two apps act as replicas of one deployment).
    pub async fn spawn_with(settings: &[(&str, &str)]) -> Self {
        Self::spawn_with_services(settings, |_| {}).await
    }

    /// Like [`TestApp::spawn_with`], with outside services replaced by the test's fakes (an LLM
    /// client pointed at a stand-in endpoint, a speech service with fake voices).
    pub async fn spawn_with_services(
        settings: &[(&str, &str)],
        fakes: impl FnOnce(&mut app::Services),
    ) -> Self {
        let db = TestDb::create().await;
        let prefix = format!("alif24-test:{}:", &kernel::ids::token()[..12]);
        let url = db.url.clone();
        Self::start(Some(db), &url, &prefix, settings, fakes).await
    }

    /// Another replica of this application: the same database and Redis prefix, its own
    /// process-local state (caches, bus subscriptions, clock), as a second server of one
    /// deployment behind a load balancer.
    pub async fn replica(&self) -> Self {
        let config = &self.state.config;
        Self::start(
            None,
            &config.database_url,
            &config.redis_prefix,
            &[],
            |_| {},
        )
        .await
    }

    async fn start(
        db: Option<TestDb>,
        url: &str,
        prefix: &str,
        settings: &[(&str, &str)],
        fakes: impl FnOnce(&mut app::Services),
    ) -> Self {
        let redis = std::env::var("ALIF24_TEST_REDIS_URL")
            .ok()
            .filter(|u| !u.is_empty());
        let mut all = Settings::from_pairs([
            ("DATABASE_URL", url.to_string()),
            ("ALIF24_PASSWORD_COST", "fast".to_string()),
            ("ALIF24_REDIS_PREFIX", prefix.to_string()),
        ]);
        if let Some(url) = redis {
            all.set("REDIS_URL", url);
        }
        for (k, v) in settings {
            all.set(k, *v);
        }
        let config = Config::from_settings(all).expect("test configuration");
        let mut services = app::Services::from_config(&config)
            .await
            .expect("services start");
        fakes(&mut services);
        let clock = Arc::new(ManualClock::new(START_MS));
        let platform = app::build_with(config, clock.clone(), services)
            .await
            .expect("application starts");
        let (state, router, runner) = platform.runner();
        Self {
            state,
            clock,
            router,
            runner,
            fixtures: builders::Fixtures::default(),
            _db: db,
        }
    }

    /// Runs every background job that is due at the test clock's time; how many ran.
    pub async fn run_jobs(&self) -> usize {
        self.runner
            .run_due()
            .await
            .expect("jobs reach the database")
    }

    /// Serves the app on a port of 127.0.0.1 for clients that need a real connection
    /// (WebSockets); the server lives as long as the test's runtime.
    pub async fn listen(&self) -> std::net::SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
        let addr = listener.local_addr().expect("its address");
        let router = self.router.clone();
        tokio::spawn(async move {
            let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
            let _ = axum::serve(listener, service).await;
        });
        addr
    }

    /// Sends a request through the router.
    pub async fn send(&self, req: Request<Body>) -> TestResponse {
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .expect("router answers");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        TestResponse {
            status,
            headers,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// Sends a request and keeps the body as bytes, for images and other binary answers.
    pub async fn send_bytes(&self, req: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .expect("router answers");
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        (status, headers, bytes.to_vec())
    }

    /// A JSON API call; `token` is sent as a bearer token.
    pub async fn api(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> TestResponse {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        let req = match body {
            Some(b) => req
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(b.to_string())),
            None => req.body(Body::empty()),
        };
        self.send(req.expect("request")).await
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> TestResponse {
        self.api(Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> TestResponse {
        self.api(Method::POST, path, token, Some(body)).await
    }

    /// Registers through the API; panics unless it succeeds.
    pub async fn register(&self, role: &str, name: &str, email: &str) -> TestUser {
        let res = self
            .post(
                "/api/v1/auth/register",
                None,
                json!({"role": role, "name": name, "email": email, "password": PASSWORD}),
            )
            .await;
        assert_eq!(
            res.status,
            StatusCode::CREATED,
            "register {role}: {}",
            res.text
        );
        Self::test_user(res.json())
    }

    pub async fn login(&self, login: &str, password: &str) -> TestUser {
        let res = self
            .post(
                "/api/v1/auth/login",
                None,
                json!({"login": login, "password": password}),
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "login {login}: {}", res.text);
        Self::test_user(res.json())
    }

    pub(crate) fn test_user(body: Value) -> TestUser {
        TestUser {
            id: body["user"]["id"].as_str().expect("id").to_string(),
            access: body["access_token"].as_str().expect("access").to_string(),
            refresh: body["refresh_token"].as_str().expect("refresh").to_string(),
            user: body["user"].clone(),
        }
    }

    /// Rows in a table, for "nothing was written" checks.
    pub async fn count(&self, table: &str) -> i64 {
        sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(self.state.db.pool())
            .await
            .expect("count")
    }

    /// Runs SQL directly, for fixtures in the tables of the crate under test only: other
    /// domains' rows come from the builders (`crates/app/tests/test_boundaries.rs` checks).
    pub async fn exec(&self, sql: &str) {
        sqlx::query(sql)
            .execute(self.state.db.pool())
            .await
            .expect("fixture SQL");
    }

    /// Moves the server's clock forward.
    pub fn advance_ms(&self, ms: i64) {
        self.clock.advance_ms(ms);
    }

    /// A browser with a cookie jar, for page flows.
    pub fn browser(&self) -> Browser<'_> {
        Browser::new(self)
    }
}
