//! Fills the fresh database the way people would: an administrator made with the CLI, then
//! through the API a teacher (approved), a class of students who joined it, a test assigned
//! to the class with an attempt started by every student, and Harf progress for each.

use std::path::Path;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context};
use serde_json::{json, Value};

use crate::api::Api;
use crate::server::Launch;

/// The password of every account the benchmark makes.
pub const PASSWORD: &str = "bench horse 24";
const ADMIN_EMAIL: &str = "admin@bench.alif24.test";
/// Students: enough for the 50-row list and one of their own for each of 64 connections.
pub const STUDENTS: usize = 64;
/// The Harf card each student records activities on (open once `uz-a` is learned).
pub const HARF_CARD: &str = "uz-b";

/// A student ready for every scenario.
pub struct Student {
    pub email: String,
    pub access: String,
    pub attempt: i64,
}

/// What the scenarios need.
pub struct World {
    pub admin_access: String,
    /// The approved teacher and their 3-question test (the live quiz's host and game).
    pub teacher_access: String,
    pub test_id: i64,
    pub students: Vec<Student>,
    pub questions: Vec<i64>,
}

/// Creates the administrator with `alif24 admin create` against the same database.
pub fn create_admin(binary: &Path, launch: &Launch) -> anyhow::Result<()> {
    let out = Command::new(binary)
        .args(["admin", "create", "--email", ADMIN_EMAIL])
        .args(["--password", PASSWORD, "--name", "Bench Admin"])
        .envs(launch.env())
        .output()
        .context("cannot run alif24 admin create")?;
    if !out.status.success() {
        bail!(
            "alif24 admin create failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

/// Seeds everything after the administrator exists.
pub async fn seed(api: &mut Api) -> anyhow::Result<World> {
    let admin = login(api, ADMIN_EMAIL).await?;
    let teacher = register(
        api,
        "teacher",
        "Gulnora Karimova",
        "teacher@bench.alif24.test",
    )
    .await?;
    let teacher_id = teacher["user"]["id"].as_str().context("teacher id")?;
    let path = format!("/api/v1/admin/users/{teacher_id}/approve");
    api.expect(200, "POST", &path, Some(&admin), Some(json!({})))
        .await?;
    let teacher = token(&teacher)?;

    let class = api
        .expect(
            201,
            "POST",
            "/api/v1/classes",
            Some(&teacher),
            Some(json!({"name": "2-A"})),
        )
        .await?;
    let code = class["class"]["join_code"].as_str().context("join code")?;
    let class_id = class["class"]["id"].as_i64().context("class id")?;

    let mut questions = Vec::new();
    for (a, b) in [(2, 3), (4, 5), (7, 1)] {
        let q = json!({"subject": "math", "grade": 2, "language": "uz", "question":
            {"prompt": format!("{a} + {b} = ?"), "type": "single",
             "options": [(a + b - 1).to_string(), (a + b).to_string(), (a + b + 1).to_string()],
             "correct": 1}});
        let q = api
            .expect(
                201,
                "POST",
                "/api/v1/exams/questions",
                Some(&teacher),
                Some(q),
            )
            .await?;
        questions.push(q["id"].as_i64().context("question id")?);
    }
    let test = json!({"title": "Qoʻshish", "subject": "math", "grade": 2, "language": "uz"});
    let test = api
        .expect(
            201,
            "POST",
            "/api/v1/exams/tests",
            Some(&teacher),
            Some(test),
        )
        .await?;
    let test_id = test["id"].as_i64().context("test id")?;
    let path = format!("/api/v1/exams/tests/{test_id}/questions");
    api.expect(
        200,
        "POST",
        &path,
        Some(&teacher),
        Some(json!({"question_ids": questions})),
    )
    .await?;
    let due = now_ms() + 86_400_000;
    let assignment = json!({"test_id": test_id, "class_id": class_id, "due_at": due});
    let assignment = api
        .expect(
            201,
            "POST",
            "/api/v1/exams/assignments",
            Some(&teacher),
            Some(assignment),
        )
        .await?;
    let assignment = assignment["id"].as_i64().context("assignment id")?;

    let mut students = Vec::with_capacity(STUDENTS);
    for n in 1..=STUDENTS {
        let email = format!("student{n}@bench.alif24.test");
        let s = register(api, "student", &format!("Oʻquvchi {n}"), &email).await?;
        let access = token(&s)?;
        api.expect(
            200,
            "POST",
            "/api/v1/classes/join",
            Some(&access),
            Some(json!({"code": code})),
        )
        .await?;
        let path = format!("/api/v1/exams/assignments/{assignment}/attempts");
        let attempt = api
            .expect(200, "POST", &path, Some(&access), Some(json!({})))
            .await?;
        learn_first_card(api, &access).await?;
        play_2048(api, &access, 20 + n * 3).await?;
        students.push(Student {
            email,
            access,
            attempt: attempt["id"].as_i64().context("attempt id")?,
        });
    }
    check_pages(api, &admin, &students[0]).await?;
    Ok(World {
        admin_access: admin,
        teacher_access: teacher,
        test_id,
        students,
        questions,
    })
}

/// Logs every student in again (access tokens live 15 minutes).
pub async fn renew(api: &mut Api, world: &mut World) -> anyhow::Result<()> {
    world.admin_access = login(api, ADMIN_EMAIL).await?;
    for s in &mut world.students {
        s.access = login(api, &s.email).await?;
    }
    Ok(())
}

/// One 2048 round of `moves` moves, so the child is on the class's leaderboard.
async fn play_2048(api: &mut Api, access: &str, moves: usize) -> anyhow::Result<()> {
    let round = api
        .expect(
            201,
            "POST",
            "/api/v1/games/2048/rounds",
            Some(access),
            Some(json!({})),
        )
        .await?;
    let seed = round["seed"].as_u64().context("round seed")? as u32;
    let mut play = games::g2048::Play::new(seed);
    let log: String = (0..moves).map(|i| ['L', 'D', 'R', 'U'][i % 4]).collect();
    for d in log.chars() {
        play.step(d);
    }
    let path = format!("/api/v1/games/rounds/{}/finish", round["round_id"]);
    let body = json!({"log": {"moves": log}, "claimed_score": play.score});
    api.expect(200, "POST", &path, Some(access), Some(body))
        .await?;
    Ok(())
}

/// The five activities of `uz-a`, so the next card opens.
async fn learn_first_card(api: &mut Api, access: &str) -> anyhow::Result<()> {
    let results = [
        ("listen", json!({"completed": true})),
        ("trace", json!({"coverage": 0.9, "outside": 0.1})),
        ("find", json!({"correct": 5, "total": 5})),
        ("first_sound", json!({"correct": 4, "total": 4})),
        ("listen_choose", json!({"correct": 3, "total": 5})),
    ];
    for (activity, body) in results {
        let path = format!("/api/v1/harf/cards/uz-a/activities/{activity}");
        api.expect(200, "POST", &path, Some(access), Some(body))
            .await?;
    }
    Ok(())
}

/// The list really has 50 rows and the child's dashboard really answers 200 to the cookie.
async fn check_pages(api: &mut Api, admin: &str, student: &Student) -> anyhow::Result<()> {
    let list = api
        .expect(200, "GET", "/api/v1/admin/users", Some(admin), None)
        .await?;
    let rows = list["users"].as_array().map_or(0, Vec::len);
    if rows != 50 {
        bail!("the admin user list has {rows} rows, not 50");
    }
    let cookie = dashboard_cookie(&student.access);
    let (status, _) = api
        .call("GET", "/dashboard", &[("Cookie", &cookie)], None)
        .await?;
    if status != 200 {
        bail!("GET /dashboard with the student's cookie answered {status}, not 200");
    }
    Ok(())
}

/// The cookies a signed-in child's browser sends.
pub fn dashboard_cookie(access: &str) -> String {
    format!("alif24_at={access}; alif24_lang=uz")
}

async fn register(api: &mut Api, role: &str, name: &str, email: &str) -> anyhow::Result<Value> {
    let body = json!({"role": role, "name": name, "email": email, "password": PASSWORD});
    api.expect(201, "POST", "/api/v1/auth/register", None, Some(body))
        .await
}

async fn login(api: &mut Api, login: &str) -> anyhow::Result<String> {
    let body = json!({"login": login, "password": PASSWORD});
    let s = api
        .expect(200, "POST", "/api/v1/auth/login", None, Some(body))
        .await?;
    token(&s)
}

fn token(session: &Value) -> anyhow::Result<String> {
    Ok(session["access_token"]
        .as_str()
        .context("no access_token in the session")?
        .to_string())
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}
