//! Results, item statistics and exports: who may read what and when, the numbers on a class
//! whose answers are known, the CSV and Excel files, and timings of grading and statistics.

use std::time::Instant;

use axum::http::{Method, StatusCode};
use exams::service::stats::{Item, Response, Sheet};
use questions::model::answer::Answer;
use questions::model::question::{Body, Question};
use serde_json::{json, Value};
use testkit::{TestApp, TestUser};

use crate::common::*;

async fn join_code(app: &TestApp, room: &Classroom) -> String {
    let res = app
        .get(
            &format!("/api/v1/classes/{}", room.class_id),
            Some(&room.teacher.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    res.json()["class"]["join_code"]
        .as_str()
        .expect("join code")
        .to_string()
}

async fn join(app: &TestApp, student: &TestUser, code: &str) {
    let res = app
        .post(
            "/api/v1/classes/join",
            Some(&student.access),
            json!({"code": code}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
}

/// A student registered and in the class.
async fn pupil(app: &TestApp, code: &str, name: &str) -> TestUser {
    let email = format!("{}@mail.uz", name.to_lowercase());
    let s = app.register("student", name, &email).await;
    join(app, &s, code).await;
    s
}

async fn submit(app: &TestApp, student: &TestUser, attempt: i64) {
    let res = app
        .post(
            &format!("/api/v1/exams/attempts/{attempt}/submit"),
            Some(&student.access),
            json!({}),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
}

/// Starts an attempt, saves the answers, hands it in; returns the attempt's id.
async fn take(app: &TestApp, student: &TestUser, assignment: i64, answers: &[(i64, Value)]) -> i64 {
    let id = start(app, student, assignment).await["id"]
        .as_i64()
        .unwrap();
    for (q, a) in answers {
        assert_eq!(
            answer(app, student, id, *q, a.clone()).await,
            StatusCode::NO_CONTENT
        );
    }
    submit(app, student, id).await;
    id
}

/// A new session after the clock moved past the access token's life.
async fn again(app: &TestApp, user: &TestUser) -> TestUser {
    app.login(&user.id, "correct horse 1").await
}

async fn result(app: &TestApp, who: &TestUser, attempt: i64) -> (StatusCode, Value) {
    let res = app
        .get(
            &format!("/api/v1/exams/attempts/{attempt}/result"),
            Some(&who.access),
        )
        .await;
    let body = if res.text.is_empty() {
        Value::Null
    } else {
        res.json()
    };
    (res.status, body)
}

struct Setup {
    room: Classroom,
    assignment: i64,
    attempt: i64,
    questions: [i64; 2],
}

/// A class with one student who answered one of two questions right, under `settings`.
async fn one_attempt(app: &TestApp, settings: Value) -> Setup {
    let room = classroom(app).await;
    let q = [
        question(app, &room.teacher, json!({"prompt": "2 + 3 = ?", "type": "single", "options": ["4", "5", "6"], "correct": 1, "explanation": "Ikki va uch — besh."})).await,
        question(app, &room.teacher, json!({"prompt": "10 > 9", "type": "true_false", "answer": true})).await,
    ];
    let test = test_with(app, &room.teacher, settings, &q).await;
    let assignment = assign(app, &room, test).await;
    let attempt = take(
        app,
        &room.student,
        assignment,
        &[
            (q[0], json!({"type": "single", "choice": 1})),
            (q[1], json!({"type": "true_false", "value": false})),
        ],
    )
    .await;
    Setup {
        room,
        assignment,
        attempt,
        questions: q,
    }
}

#[tokio::test]
async fn by_default_the_score_shows_at_once_and_the_answers_after_the_due_time() {
    let app = TestApp::spawn().await;
    let Setup {
        room, attempt: id, ..
    } = one_attempt(&app, json!({})).await;
    let (status, r) = result(&app, &room.student, id).await;
    assert_eq!(status, StatusCode::OK, "{r}");
    assert_eq!(r["score"], 1.0);
    assert_eq!(r["max_score"], 2.0);
    assert_eq!(r["percent"], 50.0);
    assert_eq!(
        r["passed"], true,
        "50 % reaches the default pass mark of 50"
    );
    assert_eq!(r["answers_visible"], false);
    let q = &r["questions"][0];
    assert_eq!(q["answer"], json!({"type": "single", "choice": 1}));
    assert!(
        q["credit"].is_null(),
        "right or wrong waits for the answers: on a true/false question it is the answer"
    );
    assert!(q["correct_answer"].is_null() && q["explanation"].is_null());
    assert_eq!(r["answers_visible_at"], r["due_at"]);
    assert!(!r.to_string().contains("\"correct\""), "no raw keys");

    app.advance_ms(86_400_000);
    let (_, r) = result(&app, &again(&app, &room.student).await, id).await;
    assert_eq!(r["answers_visible"], true);
    assert_eq!(
        r["questions"][1]["correct_answer"],
        json!({"type": "true_false", "value": true})
    );
    assert_eq!(r["questions"][1]["credit"], 0.0);
    assert_eq!(r["questions"][0]["explanation"], "Ikki va uch — besh.");
}

#[tokio::test]
async fn with_after_due_the_score_stays_hidden_until_the_due_time() {
    let app = TestApp::spawn().await;
    let Setup {
        room, attempt: id, ..
    } = one_attempt(&app, json!({"show_score": "after_due"})).await;
    let (_, r) = result(&app, &room.student, id).await;
    assert_eq!(r["score_visible"], false);
    assert!(r["score"].is_null() && r["percent"].is_null() && r["passed"].is_null());
    assert!(r["questions"][0]["credit"].is_null());
    assert_eq!(r["score_visible_at"], r["due_at"]);
    assert_eq!(
        r["questions"][0]["answer"],
        json!({"type": "single", "choice": 1}),
        "the student's own answers are always there"
    );
    app.advance_ms(86_400_000 - 60_000);
    let student = again(&app, &room.student).await;
    assert!(result(&app, &student, id).await.1["score"].is_null());
    app.advance_ms(60_000);
    let (_, r) = result(&app, &student, id).await;
    assert_eq!(r["score"], 1.0);
    assert!(r["score_visible_at"].is_null());
}

#[tokio::test]
async fn with_never_students_see_neither_score_nor_answers_but_the_teacher_sees_all() {
    let app = TestApp::spawn().await;
    let settings = json!({"show_score": "never", "show_answers": "never"});
    let Setup {
        room, attempt: id, ..
    } = one_attempt(&app, settings).await;
    app.advance_ms(2 * 86_400_000);
    let (_, r) = result(&app, &again(&app, &room.student).await, id).await;
    assert!(r["score"].is_null() && r["score_visible_at"].is_null());
    assert!(r["questions"][0]["correct_answer"].is_null());
    let (status, t) = result(&app, &again(&app, &room.teacher).await, id).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(t["score"], 1.0);
    assert_eq!(t["questions"][0]["correct_answer"]["choice"], 1);
    assert_eq!(t["questions"][1]["credit"], 0.0);
}

#[tokio::test]
async fn answers_can_show_right_after_submitting() {
    let app = TestApp::spawn().await;
    let Setup {
        room, attempt: id, ..
    } = one_attempt(&app, json!({"show_answers": "after_submit"})).await;
    let (_, r) = result(&app, &room.student, id).await;
    assert_eq!(r["questions"][0]["correct_answer"]["choice"], 1);
    assert_eq!(r["questions"][0]["explanation"], "Ikki va uch — besh.");
}

#[tokio::test]
async fn an_attempt_in_progress_has_no_result_until_it_is_handed_in_or_time_runs_out() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "1 + 1", "type": "numeric", "answer": 2, "tolerance": 0}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({"time_limit_min": 10}), &[q]).await;
    let assignment = assign(&app, &room, test).await;
    let id = start(&app, &room.student, assignment).await["id"]
        .as_i64()
        .unwrap();
    answer(
        &app,
        &room.student,
        id,
        q,
        json!({"type": "numeric", "value": 2}),
    )
    .await;
    let res = app
        .get(
            &format!("/api/v1/exams/attempts/{id}/result"),
            Some(&room.student.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(res.error_code(), "exams_attempt_in_progress");
    assert!(!res.json()["error"]["message"].as_str().unwrap().is_empty());
    app.advance_ms(11 * 60_000);
    let (status, r) = result(&app, &room.student, id).await;
    assert_eq!(status, StatusCode::OK, "graded with what was saved");
    assert_eq!(r["score"], 1.0);
}

#[tokio::test]
async fn a_parent_sees_their_childs_result_and_nobody_else_does() {
    let app = TestApp::spawn().await;
    let setup = one_attempt(&app, json!({})).await;
    let room = &setup.room;
    let mother = app.register("parent", "Ona", "ona@mail.uz").await;
    let child = app
        .post(
            "/api/v1/family/children",
            Some(&mother.access),
            json!({"name": "Aziz", "birth_year": 2018, "avatar": "🐼", "password": "secret"}),
        )
        .await;
    assert_eq!(child.status, StatusCode::CREATED, "{}", child.text);
    let child = app
        .login(child.json()["child"]["id"].as_str().unwrap(), "secret")
        .await;
    join(&app, &child, &join_code(&app, room).await).await;
    let answer = (setup.questions[0], json!({"type": "single", "choice": 0}));
    let attempt = take(&app, &child, setup.assignment, &[answer]).await;

    let (status, r) = result(&app, &mother, attempt).await;
    assert_eq!(status, StatusCode::OK, "{r}");
    assert_eq!(r["score"], 0.0);
    let stranger = app.register("parent", "Begona", "begona@mail.uz").await;
    assert_eq!(
        result(&app, &stranger, attempt).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        result(&app, &room.student, attempt).await.0,
        StatusCode::NOT_FOUND,
        "a classmate"
    );
    let other_teacher = app.teacher("Boshqa", "boshqa@maktab.uz").await;
    assert_eq!(
        result(&app, &other_teacher, attempt).await.0,
        StatusCode::NOT_FOUND
    );
    let res = app
        .get(&format!("/api/v1/exams/attempts/{attempt}/result"), None)
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn only_the_assignments_teacher_reads_its_results_statistics_and_exports() {
    let app = TestApp::spawn().await;
    let Setup {
        room, assignment, ..
    } = one_attempt(&app, json!({})).await;
    let other = app.teacher("Boshqa", "boshqa@maktab.uz").await;
    for path in ["results", "stats", "results.csv", "results.xlsx"] {
        let url = format!("/api/v1/exams/assignments/{assignment}/{path}");
        assert_eq!(
            app.get(&url, Some(&room.teacher.access)).await.status,
            StatusCode::OK,
            "{path}"
        );
        let res = app.get(&url, Some(&other.access)).await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(res.error_code(), "not_found");
        assert_eq!(
            app.get(&url, Some(&room.student.access)).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
        assert_eq!(
            app.get(&url, None).await.status,
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
    }
    let missing = app
        .get(
            "/api/v1/exams/assignments/999999/stats",
            Some(&room.teacher.access),
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

/// Four questions, six students: Anvar, Bobur (two attempts), Dilnoza and Eldor hand in,
/// Farida is still at it, Gulsara has not started.
struct Class {
    room: Classroom,
    assignment: i64,
}

async fn class_with_known_answers(app: &TestApp) -> Class {
    let room = classroom(app).await;
    let t = &room.teacher;
    let q = [
        question(app, t, json!({"prompt": "2 + 3 = ?", "type": "single", "options": ["4", "5", "6"], "correct": 1})).await,
        question(app, t, json!({"prompt": "10 > 9", "type": "true_false", "answer": true})).await,
        question(app, t, json!({"prompt": "2 + 2", "type": "numeric", "answer": 4, "tolerance": 0})).await,
        question(app, t, json!({"prompt": "Poytaxt?", "type": "short", "accepted": ["Toshkent"]})).await,
    ];
    let test = test_with(app, t, json!({"max_attempts": 2}), &q).await;
    let assignment = assign(app, &room, test).await;
    let code = join_code(app, &room).await;
    let single = |c: usize| json!({"type": "single", "choice": c});
    let tf = |v: bool| json!({"type": "true_false", "value": v});
    let num = |v: i64| json!({"type": "numeric", "value": v});
    let short = |s: &str| json!({"type": "short", "text": s});
    let anvar = pupil(app, &code, "Anvar").await;
    take(
        app,
        &anvar,
        assignment,
        &[
            (q[0], single(1)),
            (q[1], tf(true)),
            (q[2], num(4)),
            (q[3], short("Samarqand")),
        ],
    )
    .await;
    let bobur = pupil(app, &code, "Bobur").await;
    take(app, &bobur, assignment, &[(q[0], single(1))]).await;
    take(
        app,
        &bobur,
        assignment,
        &[
            (q[0], single(1)),
            (q[1], tf(true)),
            (q[2], num(5)),
            (q[3], short("Buxoro")),
        ],
    )
    .await;
    let dilnoza = pupil(app, &code, "Dilnoza").await;
    take(
        app,
        &dilnoza,
        assignment,
        &[
            (q[0], single(0)),
            (q[1], tf(true)),
            (q[3], short("toshkent")),
        ],
    )
    .await;
    let eldor = pupil(app, &code, "Eldor").await;
    take(
        app,
        &eldor,
        assignment,
        &[
            (q[0], single(2)),
            (q[1], tf(false)),
            (q[2], num(3)),
            (q[3], short("Toshkent")),
        ],
    )
    .await;
    let farida = pupil(app, &code, "Farida").await;
    start(app, &farida, assignment).await;
    pupil(app, &code, "Gulsara").await;
    // The classroom's own student leaves, so the roster is exactly the six above.
    let res = app
        .post(
            &format!("/api/v1/classes/{}/leave", room.class_id),
            Some(&room.student.access),
            json!({}),
        )
        .await;
    assert!(res.status.is_success(), "{}", res.text);
    Class { room, assignment }
}

#[tokio::test]
async fn results_list_every_student_with_attempts_best_score_and_credits() {
    let app = TestApp::spawn().await;
    let c = class_with_known_answers(&app).await;
    let res = app
        .get(
            &format!("/api/v1/exams/assignments/{}/results", c.assignment),
            Some(&c.room.teacher.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let r = res.json();
    assert_eq!(r["max_score"], 4.0);
    assert_eq!(r["questions"].as_array().unwrap().len(), 4);
    let students = r["students"].as_array().unwrap();
    let names: Vec<&str> = students
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Anvar", "Bobur", "Dilnoza", "Eldor", "Farida", "Gulsara"]
    );
    let bobur = &students[1];
    assert_eq!(bobur["attempts"].as_array().unwrap().len(), 2);
    assert_eq!(bobur["attempts"][0]["score"], 1.0);
    assert_eq!(
        bobur["best_score"], 2.0,
        "the better, second attempt counts"
    );
    assert_eq!(bobur["best_attempt_id"], bobur["attempts"][1]["id"]);
    assert_eq!(bobur["percent"], 50.0);
    assert_eq!(bobur["passed"], true);
    assert_eq!(bobur["credits"], json!([1.0, 1.0, 0.0, 0.0]));
    assert!(bobur["attempts"][1]["duration_ms"].is_i64());
    assert_eq!(
        students[2]["credits"],
        json!([0.0, 1.0, null, 1.0]),
        "Dilnoza left 2 + 2 blank"
    );
    assert_eq!(students[3]["passed"], false);
    assert_eq!(students[4]["status"], "in_progress");
    assert!(students[4]["best_score"].is_null());
    assert_eq!(students[5]["status"], "not_started");
    assert_eq!(students[5]["attempts"], json!([]));
    assert_eq!(students[5]["credits"], json!([null, null, null, null]));
}

#[tokio::test]
async fn statistics_on_a_known_class_give_the_right_numbers() {
    let app = TestApp::spawn().await;
    let c = class_with_known_answers(&app).await;
    let res = app
        .get(
            &format!("/api/v1/exams/assignments/{}/stats", c.assignment),
            Some(&c.room.teacher.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let s = res.json();
    assert_eq!(s["students"], 6);
    assert_eq!(
        s["test"],
        json!({"started": 5, "submitted": 4, "mean_percent": 50.0, "median_percent": 50.0, "pass_rate_percent": 75.0})
    );
    let q = s["questions"].as_array().unwrap();
    // Scores 3 (Anvar), 2 (Bobur), 2 (Dilnoza), 1 (Eldor). Without question 1 they have 2, 1,
    // 2, 1: the two who got it right are no stronger on the rest than the two who did not.
    assert_eq!(q[0]["percent_correct"], 50.0);
    assert_eq!(q[0]["discrimination"], 0.0);
    assert_eq!(
        q[0]["options"],
        json!([{"index": 0, "count": 1, "correct": false, "letter": "A", "text": "4"}, {"index": 1, "count": 2, "correct": true, "letter": "B", "text": "5"}, {"index": 2, "count": 1, "correct": false, "letter": "C", "text": "6"}])
    );
    assert_eq!(q[1]["percent_correct"], 75.0);
    assert!(q[1]["options"].is_null());
    assert_eq!(q[2]["percent_correct"], 25.0);
    assert_eq!(q[2]["unanswered_percent"], 25.0);
    assert_eq!(q[2]["answered"], 3);
    assert_eq!(q[3]["percent_correct"], 50.0);
    // Right: Dilnoza and Eldor, whose rests are 1 and 0 against 3 and 2: −2/√5.
    assert_eq!(
        q[3]["discrimination"], -0.89,
        "only the weaker students knew it"
    );
    assert_eq!(q[0]["median_time_ms"], 4000);
    assert_eq!(q[0]["type"], "single");
    assert_eq!(q[0]["number"], 1);
}

#[tokio::test]
async fn the_csv_has_a_bom_a_header_in_the_teachers_language_and_one_row_per_student() {
    let app = TestApp::spawn().await;
    let c = class_with_known_answers(&app).await;
    let url = format!("/api/v1/exams/assignments/{}/results.csv", c.assignment);
    let res = app.get(&url, Some(&c.room.teacher.access)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert!(res.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let disposition = res.headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(disposition.contains(&format!("filename=\"alif24-results-{}.csv\"", c.assignment)));
    assert!(
        disposition.contains("filename*=UTF-8''Matematika-2-A.csv"),
        "{disposition}"
    );
    assert!(res.text.starts_with('\u{feff}'), "byte order mark");
    let lines: Vec<&str> = res.text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(
        lines[0],
        "Oʻquvchi,Alif24 ID,Urinishlar,Eng yaxshi ball,Maksimal ball,Foiz,Oʻtdi,1-savol,2-savol,3-savol,4-savol"
    );
    let cells: Vec<&str> = lines[2].split(',').collect();
    assert_eq!(cells[0], "Bobur");
    assert_eq!(cells[1].len(), 8, "the Alif24 ID");
    assert_eq!(&cells[2..], ["2", "2", "4", "50", "ha", "1", "1", "0", "0"]);
    assert!(lines[3].ends_with(",2,4,50,ha,0,1,,1"), "{}", lines[3]);
    assert!(
        lines[6].starts_with("Gulsara,") && lines[6].ends_with(",0,,4,,,,,,"),
        "{}",
        lines[6]
    );

    let ru = app
        .api(
            Method::PATCH,
            "/api/v1/profile",
            Some(&c.room.teacher.access),
            Some(json!({"language": "ru"})),
        )
        .await;
    assert_eq!(ru.status, StatusCode::OK, "{}", ru.text);
    let ru = app.get(&url, Some(&c.room.teacher.access)).await;
    assert!(
        ru.text
            .trim_start_matches('\u{feff}')
            .starts_with("Ученик,ID Alif24,Попытки"),
        "{}",
        ru.text
    );
    assert!(ru.text.contains(",да,"));
}

#[tokio::test]
async fn the_excel_workbook_has_the_results_and_the_statistics_sheets() {
    let app = TestApp::spawn().await;
    let c = class_with_known_answers(&app).await;
    let url = format!("/api/v1/exams/assignments/{}/results.xlsx", c.assignment);
    let res = app.get(&url, Some(&c.room.teacher.access)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(
        res.headers["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert!(res.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains(".xlsx"));
    assert!(res.text.starts_with("PK"), "a zip file");
    assert!(res.text.contains("xl/worksheets/sheet1.xml"));
    assert!(res.text.contains("xl/worksheets/sheet2.xml"));
}

/// Eight question types, and for each a right, a half-right and a wrong answer.
fn mixed_question(n: usize) -> (Body, [Answer; 3]) {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    match n % 8 {
        0 => (
            Body::Single {
                options: s(&["a", "b", "c", "d"]),
                correct: 2,
            },
            [
                Answer::Single { choice: 2 },
                Answer::Single { choice: 1 },
                Answer::Single { choice: 0 },
            ],
        ),
        1 => (
            Body::Multiple {
                options: s(&["a", "b", "c", "d", "e"]),
                correct: vec![0, 3],
            },
            [
                Answer::Multiple {
                    choices: vec![0, 3],
                },
                Answer::Multiple { choices: vec![0] },
                Answer::Multiple {
                    choices: vec![1, 2, 4],
                },
            ],
        ),
        2 => (
            Body::TrueFalse { answer: true },
            [
                Answer::TrueFalse { value: true },
                Answer::TrueFalse { value: false },
                Answer::TrueFalse { value: false },
            ],
        ),
        3 => (
            Body::Short {
                accepted: s(&["Oʻzbekiston", "Uzbekistan"]),
            },
            [
                Answer::Short {
                    text: "o'zbekiston".into(),
                },
                Answer::Short {
                    text: "UZBEKISTAN.".into(),
                },
                Answer::Short {
                    text: "Qozogʻiston".into(),
                },
            ],
        ),
        4 => (
            Body::Numeric {
                answer: 3.5,
                tolerance: 0.01,
            },
            [
                Answer::Numeric { value: 3.5 },
                Answer::Numeric { value: 3.505 },
                Answer::Numeric { value: 4.0 },
            ],
        ),
        5 => (
            Body::Ordering {
                items: s(&["1", "2", "3", "4", "5"]),
            },
            [
                Answer::Ordering {
                    order: vec![0, 1, 2, 3, 4],
                },
                Answer::Ordering {
                    order: vec![0, 1, 2, 4, 3],
                },
                Answer::Ordering {
                    order: vec![4, 3, 2, 1, 0],
                },
            ],
        ),
        6 => (
            Body::Matching {
                pairs: vec![
                    ("a".into(), "1".into()),
                    ("b".into(), "2".into()),
                    ("c".into(), "3".into()),
                ],
            },
            [
                Answer::Matching {
                    choices: vec![0, 1, 2],
                },
                Answer::Matching {
                    choices: vec![0, 2, 1],
                },
                Answer::Matching {
                    choices: vec![2, 0, 1],
                },
            ],
        ),
        _ => (
            Body::FillBlanks {
                text: "___ + ___ = 5".into(),
                blanks: vec![s(&["2", "ikki"]), s(&["3", "uch"])],
            },
            [
                Answer::FillBlanks {
                    values: s(&["Ikki", "3"]),
                },
                Answer::FillBlanks {
                    values: s(&["2", "4"]),
                },
                Answer::FillBlanks {
                    values: s(&["", ""]),
                },
            ],
        ),
    }
}

/// A small deterministic generator, so the timings run on the same data every time.
fn lcg(seed: &mut u64) -> usize {
    *seed = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (*seed >> 33) as usize
}

#[tokio::test]
async fn timings_of_grading_and_statistics_are_printed() {
    const STUDENTS: usize = 1000;
    const QUESTIONS: usize = 20;
    let questions: Vec<(Body, [Answer; 3])> = (0..QUESTIONS).map(mixed_question).collect();
    let mut seed = 24;
    let attempts: Vec<Vec<&Answer>> = (0..STUDENTS)
        .map(|_| {
            questions
                .iter()
                .map(|(_, a)| &a[lcg(&mut seed) % 3])
                .collect()
        })
        .collect();
    let started = Instant::now();
    let credits: Vec<Vec<f64>> = attempts
        .iter()
        .map(|answers| {
            questions
                .iter()
                .zip(answers)
                .map(|((body, _), a)| questions::grading::credit(body, a))
                .collect()
        })
        .collect();
    let grading = started.elapsed();
    let total: f64 = credits.iter().flatten().sum();
    assert!(total > 0.0);
    println!(
        "grading: {STUDENTS} attempts × {QUESTIONS} questions (8 types) in {:.2} ms ({:.2} µs per attempt)",
        grading.as_secs_f64() * 1e3,
        grading.as_secs_f64() * 1e6 / STUDENTS as f64
    );

    let items: Vec<Item> = questions
        .iter()
        .enumerate()
        .map(|(i, (body, _))| Item {
            question_id: i as i64,
            points: 1.0,
            options: body.options().map(<[String]>::len),
            key: match body {
                Body::Single { correct, .. } => vec![*correct],
                Body::Multiple { correct, .. } => correct.clone(),
                _ => vec![],
            },
        })
        .collect();
    let sheets: Vec<Sheet> = attempts
        .iter()
        .zip(&credits)
        .map(|(answers, cs)| Sheet {
            score: cs.iter().sum(),
            max_score: QUESTIONS as f64,
            responses: answers
                .iter()
                .zip(cs)
                .map(|(a, c)| {
                    let picked = match a {
                        Answer::Single { choice } => vec![*choice],
                        Answer::Multiple { choices } => choices.clone(),
                        _ => vec![],
                    };
                    (!lcg(&mut seed).is_multiple_of(10)).then(|| Response {
                        credit: *c,
                        picked,
                        time_ms: 1000 + (lcg(&mut seed) % 30_000) as i64,
                    })
                })
                .collect(),
        })
        .collect();
    let started = Instant::now();
    let (test, stats) = exams::service::stats::compute(&items, &sheets, STUDENTS, 50);
    let statistics = started.elapsed();
    assert_eq!(test.submitted, STUDENTS);
    assert_eq!(stats.len(), QUESTIONS);
    println!(
        "statistics: {STUDENTS} students × {QUESTIONS} questions in {:.2} ms",
        statistics.as_secs_f64() * 1e3
    );

    // Through the service and the database: a class of 25 hands in a 20-question test.
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Gulnora", "gulnora@maktab.uz").await;
    let (class_id, students) = app.class_with_students(&teacher, "2-A", 25).await;
    let room = Classroom {
        teacher,
        student: students[0].clone(),
        class_id,
    };
    let mut qids = Vec::new();
    for (body, _) in &questions {
        let q = Question {
            prompt: "?".into(),
            body: body.clone(),
            explanation: None,
        };
        qids.push(question(&app, &room.teacher, serde_json::to_value(&q).unwrap()).await);
    }
    let test = test_with(&app, &room.teacher, json!({}), &qids).await;
    let assignment = assign(&app, &room, test).await;
    let mut rows = Vec::new();
    for s in &students {
        let id = start(&app, s, assignment).await["id"].as_i64().unwrap();
        for (i, qid) in qids.iter().enumerate() {
            let a = serde_json::to_string(&questions[i].1[lcg(&mut seed) % 3]).unwrap();
            exams::store::attempts::save_answer(
                app.state.db.pool(),
                id,
                *qid,
                &a,
                4000,
                app.state.now_ms(),
            )
            .await
            .unwrap();
        }
        rows.push(
            exams::store::attempts::find(app.state.db.pool(), id)
                .await
                .unwrap()
                .unwrap(),
        );
    }
    let started = Instant::now();
    for row in &rows {
        exams::service::attempts::finalize(&app.state, row, app.state.now_ms())
            .await
            .unwrap();
    }
    let finalizing = started.elapsed();
    println!(
        "finalize: {} attempts × {QUESTIONS} answers through the service in {:.1} ms ({:.2} ms per attempt, {})",
        rows.len(),
        finalizing.as_secs_f64() * 1e3,
        finalizing.as_secs_f64() * 1e3 / rows.len() as f64,
        app.state.db.pool().connect_options().database_url.scheme()
    );
    let started = Instant::now();
    let res = app
        .get(
            &format!("/api/v1/exams/assignments/{assignment}/stats"),
            Some(&room.teacher.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    println!(
        "stats endpoint: 25 students × {QUESTIONS} questions in {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
}
