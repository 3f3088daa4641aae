//! The scenarios: which requests each connection sends, and the runs of the memory check.

use std::time::Duration;

use serde_json::json;

use crate::api::bearer;
use crate::http::request;
use crate::load::{self, Pace, Stop};
use crate::seed::{self, World};
use crate::server::{self, Server};
use crate::stats::Outcome;

/// What a scenario stands for in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ceiling,
    Read,
    Write,
}

/// One line of the table.
pub struct Row {
    pub name: &'static str,
    pub kind: Kind,
    pub connections: usize,
    pub outcome: Outcome,
    /// Reads only: the same requests again, paced at half the rate `outcome` reached.
    pub half: Option<Paced>,
}

/// An open-loop run at a fixed rate.
pub struct Paced {
    /// Requests a second asked for, over all connections.
    pub target: f64,
    pub outcome: Outcome,
}

/// Connections of the login scenario: argon2id is the cost, more would only queue.
pub const LOGIN_CONNECTIONS: usize = 8;

/// The request lists of a scenario, one per connection.
pub type Lists = Vec<Vec<Vec<u8>>>;

/// Every scenario of the table, in order: name, kind, connections, requests.
pub fn plans(world: &World, connections: usize) -> Vec<(&'static str, Kind, Lists)> {
    let c = connections;
    vec![
        ("`GET /healthz` (ceiling)", Kind::Ceiling, healthz(c)),
        ("`GET /api/v1/auth/me`", Kind::Read, me(world, c)),
        (
            "`GET /api/v1/admin/users` (50 rows)",
            Kind::Read,
            users_list(world, c),
        ),
        (
            "`GET /dashboard` (child's page)",
            Kind::Read,
            dashboard(world, c),
        ),
        (
            "`GET /api/v1/games/2048/leaderboard` (class)",
            Kind::Read,
            leaderboard(world, c),
        ),
        (
            "`GET /api/v1/smartkids/library`",
            Kind::Read,
            library(world, c),
        ),
        (
            "`POST /api/v1/mathkids/solve` (whole solution)",
            Kind::Read,
            mathkids(c),
        ),
        (
            "`POST /api/v1/smartkids/stories` (offline writer)",
            Kind::Write,
            stories(world, c),
        ),
        (
            "`POST /api/v1/auth/login`",
            Kind::Write,
            login(world, LOGIN_CONNECTIONS),
        ),
        (
            "`PUT …/attempts/{id}/answers/{q}`",
            Kind::Write,
            answers(world, c),
        ),
        (
            "`POST /api/v1/harf/cards/…/activities/find`",
            Kind::Write,
            harf(world, c),
        ),
    ]
}

/// Whether `--only` (lowercase words; empty = everything) keeps a scenario; the ceiling stays.
pub fn chosen(name: &str, kind: Kind, only: &[String]) -> bool {
    let name = name.to_lowercase();
    kind == Kind::Ceiling || only.is_empty() || only.iter().any(|w| name.contains(w.as_str()))
}

/// Runs one plan for `seconds` as fast as answers come back; a read then runs again for
/// `seconds` on the same connections, paced at half the rate it reached (the latency a
/// server that is not saturated gives).
pub async fn run(
    server: &Server,
    name: &'static str,
    kind: Kind,
    lists: Lists,
    seconds: u64,
) -> Row {
    let connections = lists.len();
    // The ceiling too, so a stall of the machine itself shows apart from the server's.
    let again = (kind != Kind::Write).then(|| lists.clone());
    let stop = Stop::After(Duration::from_secs(seconds));
    let outcome = load::run(server.addr, lists, stop, Pace::Closed, server.pid()).await;
    let target = outcome.rate() / 2.0;
    let half = match again {
        Some(lists) if target > 0.0 => {
            // Let the server settle after saturation, as between scenarios.
            tokio::time::sleep(Duration::from_secs(1)).await;
            let pace = Pace::Open { per_second: target };
            let outcome = load::run(server.addr, lists, stop, pace, server.pid()).await;
            Some(Paced { target, outcome })
        }
        _ => None,
    };
    Row {
        name,
        kind,
        connections,
        outcome,
        half,
    }
}

/// The memory check after the table.
pub struct Memory {
    pub after_logins_kib: u64,
    pub logins: Outcome,
    pub mixed: Row,
    pub after_mixed_kib: u64,
}

/// 1,000 logins then 5 s idle; then 200 connections of login and page for `seconds`, then
/// 10 s idle.
pub async fn memory(server: &Server, world: &World, seconds: u64) -> Memory {
    let stop = Stop::Successes {
        count: 1000,
        limit: Duration::from_secs(300),
    };
    let logins = load::run(
        server.addr,
        login(world, LOGIN_CONNECTIONS),
        stop,
        Pace::Closed,
        server.pid(),
    )
    .await;
    tokio::time::sleep(Duration::from_secs(5)).await;
    let after_logins_kib = server::rss_kib(server.pid()).unwrap_or(0);
    let mixed = run(
        server,
        "login + `GET /dashboard`, 200 connections",
        Kind::Write,
        mixed(world, 200),
        seconds,
    )
    .await;
    tokio::time::sleep(Duration::from_secs(10)).await;
    Memory {
        after_logins_kib,
        logins,
        mixed,
        after_mixed_kib: server::rss_kib(server.pid()).unwrap_or(0),
    }
}

fn healthz(c: usize) -> Lists {
    vec![vec![request("GET", "/healthz", &[], None)]; c]
}

fn me(world: &World, c: usize) -> Lists {
    each(c, |i| {
        let auth = bearer(&student(world, i).access);
        vec![request(
            "GET",
            "/api/v1/auth/me",
            &[("Authorization", &auth)],
            None,
        )]
    })
}

fn users_list(world: &World, c: usize) -> Lists {
    let auth = bearer(&world.admin_access);
    vec![
        vec![request(
            "GET",
            "/api/v1/admin/users",
            &[("Authorization", &auth)],
            None
        )];
        c
    ]
}

/// Each connection is a child looking at their class's 2048 board this week (64 classmates,
/// 20 rows shown, the child's own place).
fn leaderboard(world: &World, c: usize) -> Lists {
    each(c, |i| {
        let auth = bearer(&student(world, i).access);
        vec![request(
            "GET",
            "/api/v1/games/2048/leaderboard?scope=class&period=week",
            &[("Authorization", &auth)],
            None,
        )]
    })
}

/// Each connection is a child opening the Uzbek story shelf.
fn library(world: &World, c: usize) -> Lists {
    each(c, |i| {
        let auth = bearer(&student(world, i).access);
        vec![request(
            "GET",
            "/api/v1/smartkids/library?language=uz",
            &[("Authorization", &auth)],
            None,
        )]
    })
}

/// Problems of every family the solver knows, one after another on each connection.
const PROBLEMS: [&str; 8] = [
    "47 + 24",
    "1234 × 56",
    "9876 : 12",
    "(8 − 3) × 2 + 10 : 5",
    "3/4 + 1/8",
    "2x + 3 = 11",
    "3 m 20 cm = ? cm",
    "20% of 150",
];

/// Each connection is a visitor asking for whole solutions, in Uzbek.
fn mathkids(c: usize) -> Lists {
    each(c, |i| {
        (0..PROBLEMS.len())
            .map(|k| {
                let problem = PROBLEMS[(i + k) % PROBLEMS.len()];
                let body =
                    json!({"problem": problem, "language": "uz", "mode": "steps"}).to_string();
                request(
                    "POST",
                    "/api/v1/mathkids/solve",
                    &[("Content-Type", "application/json")],
                    Some(body.as_bytes()),
                )
            })
            .collect()
    })
}

/// Each connection is a child asking the offline writer for a short story.
fn stories(world: &World, c: usize) -> Lists {
    each(c, |i| {
        let auth = bearer(&student(world, i).access);
        let headers = [
            ("Authorization", auth.as_str()),
            ("Content-Type", "application/json"),
        ];
        let body = json!({"language": "uz", "age": 6, "length": "short"}).to_string();
        vec![request(
            "POST",
            "/api/v1/smartkids/stories",
            &headers,
            Some(body.as_bytes()),
        )]
    })
}

/// The page as a phone's browser asks for it (HTML, compressed).
fn dashboard(world: &World, c: usize) -> Lists {
    each(c, |i| vec![page(world, i)])
}

fn page(world: &World, i: usize) -> Vec<u8> {
    let cookie = seed::dashboard_cookie(&student(world, i).access);
    let headers = [
        ("Cookie", cookie.as_str()),
        ("Accept", "text/html"),
        ("Accept-Encoding", "gzip, br"),
    ];
    request("GET", "/dashboard", &headers, None)
}

/// Connection `i` logs in the students `i`, `i + c`, `i + 2c`… in turn, so no account is
/// logged in by two connections at once (while there are enough students).
fn login(world: &World, c: usize) -> Lists {
    each(c, |i| {
        world
            .students
            .iter()
            .skip(i % world.students.len())
            .step_by(c)
            .map(login_request)
            .collect()
    })
}

fn login_request(s: &seed::Student) -> Vec<u8> {
    let body = json!({"login": s.email, "password": seed::PASSWORD}).to_string();
    request(
        "POST",
        "/api/v1/auth/login",
        &[("Content-Type", "application/json")],
        Some(body.as_bytes()),
    )
}

/// Each connection is one student saving answers to the questions of their attempt.
fn answers(world: &World, c: usize) -> Lists {
    each(c, |i| {
        let s = student(world, i);
        let auth = bearer(&s.access);
        let headers = [
            ("Authorization", auth.as_str()),
            ("Content-Type", "application/json"),
        ];
        let body = json!({"answer": {"type": "single", "choice": 1}, "time_ms": 4000}).to_string();
        world
            .questions
            .iter()
            .map(|q| {
                let path = format!("/api/v1/exams/attempts/{}/answers/{q}", s.attempt);
                request("PUT", &path, &headers, Some(body.as_bytes()))
            })
            .collect()
    })
}

/// Each connection is one student finishing the "find" activity of a card again.
fn harf(world: &World, c: usize) -> Lists {
    each(c, |i| {
        let auth = bearer(&student(world, i).access);
        let headers = [
            ("Authorization", auth.as_str()),
            ("Content-Type", "application/json"),
        ];
        let path = format!("/api/v1/harf/cards/{}/activities/find", seed::HARF_CARD);
        let body = json!({"correct": 4, "total": 5}).to_string();
        vec![request("POST", &path, &headers, Some(body.as_bytes()))]
    })
}

/// Even connections log in, odd ones load the child's page.
fn mixed(world: &World, c: usize) -> Lists {
    let logins = login(world, c.div_ceil(2));
    (0..c)
        .map(|i| {
            if i.is_multiple_of(2) {
                logins[i / 2].clone()
            } else {
                vec![page(world, i)]
            }
        })
        .collect()
}

fn each(c: usize, f: impl Fn(usize) -> Vec<Vec<u8>>) -> Lists {
    (0..c).map(f).collect()
}

fn student(world: &World, i: usize) -> &seed::Student {
    &world.students[i % world.students.len()]
}
