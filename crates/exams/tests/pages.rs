//! The Exams pages through a cookie browser, as a teacher, a student and a parent use them
//! without scripts: generate and edit drafts, save and assign, take the test, see the result.

use axum::http::StatusCode;
use serde_json::json;
use testkit::{Browser, TestApp, TestResponse};

use exams::routes::pages_attempt_view::{read, Read};
use exams::routes::pages_common::Fields;
use exams::routes::pages_editor::QEdit;
use questions::layout::{Choice, Shown};
use questions::model::answer::Answer;
use questions::model::question::{Body, Question};

use crate::common::*;

/// Logs a browser in with the test password.
async fn signed_in<'a>(app: &'a TestApp, login: &str) -> Browser<'a> {
    let mut b = app.browser();
    let res = b
        .post_form(
            "/login",
            &[("login", login), ("password", "correct horse 1")],
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::SEE_OTHER,
        "login {login}: {}",
        res.text
    );
    b
}

/// The e-mail addresses `common::classroom` registers.
const TEACHER: &str = "gulnora@maktab.uz";
const STUDENT: &str = "bekzod@mail.uz";

/// Undoes askama's escaping.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(unescape(&tag[start..end]))
}

fn has_attr(tag: &str, name: &str) -> bool {
    tag.contains(&format!(" {name}")) && {
        let i = tag.find(&format!(" {name}")).unwrap() + name.len() + 1;
        matches!(tag.as_bytes().get(i), Some(b' ' | b'>' | b'='))
    }
}

/// The fields a browser would send from the form posting to `action`.
fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let start = html
        .find(&format!("action=\"{action}\""))
        .unwrap_or_else(|| panic!("no form posting to {action}"));
    let end = html[start..].find("</form>").expect("form end") + start;
    let form = &html[start..end];
    let mut out = Vec::new();
    let mut rest = form;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let tag_end = rest.find('>').expect("tag end");
        let tag = &rest[..=tag_end];
        if tag.starts_with("<input") {
            let kind = attr(tag, "type").unwrap_or_else(|| "text".into());
            let sent = !has_attr(tag, "disabled")
                && match kind.as_str() {
                    "checkbox" | "radio" => has_attr(tag, "checked"),
                    "file" | "submit" | "button" => false,
                    _ => true,
                };
            if let (true, Some(name)) = (sent, attr(tag, "name")) {
                out.push((name, attr(tag, "value").unwrap_or_default()));
            }
        } else if tag.starts_with("<textarea") {
            let body_end = rest.find("</textarea>").expect("textarea end");
            if let Some(name) = attr(tag, "name") {
                out.push((name, unescape(&rest[tag.len()..body_end])));
            }
        } else if tag.starts_with("<select") {
            let body_end = rest.find("</select>").expect("select end");
            let body = &rest[tag.len()..body_end];
            let options: Vec<&str> = body.split("<option").skip(1).collect();
            let chosen = options
                .iter()
                .find(|o| has_attr(&format!(" {o}"), "selected"))
                .or(options.first());
            if let (Some(name), Some(o)) = (attr(tag, "name"), chosen) {
                out.push((name, attr(&format!(" {o}"), "value").unwrap_or_default()));
            }
        }
        rest = &rest[tag_end + 1..];
    }
    out
}

fn set(fields: &mut [(String, String)], name: &str, value: &str) {
    let f = fields
        .iter_mut()
        .find(|(k, _)| k == name)
        .unwrap_or_else(|| panic!("no field {name}"));
    f.1 = value.to_string();
}

async fn post(b: &mut Browser<'_>, path: &str, fields: &[(String, String)]) -> TestResponse {
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, _)| k != "_csrf")
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.post_form(path, &refs).await
}

/// The number after `prefix` in a redirect or a page.
fn id_after(text: &str, prefix: &str) -> i64 {
    let i = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} in {text}"))
        + prefix.len();
    text[i..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("an id")
}

/// The teacher generates a grade-2 arithmetic test, edits and drops drafts, saves and assigns
/// it; returns (test id, assignment id).
async fn generated_and_assigned(app: &TestApp, room: &Classroom) -> (i64, i64) {
    let mut t = signed_in(app, TEACHER).await;
    let page = t.get("/exams/generate").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("name=\"generator\""));
    let drafts = t
        .post_form(
            "/exams/generate",
            &[
                ("generator", "arithmetic"),
                ("grade", "2"),
                ("topic", "add-sub-20"),
                ("count", "4"),
                ("language", "uz"),
            ],
        )
        .await;
    assert_eq!(drafts.status, StatusCode::OK, "{}", drafts.text);
    let mut fields = form_fields(&drafts.text, "/exams/generate/save#drafts");
    assert_eq!(
        fields.iter().filter(|(k, _)| k.ends_with("_keep")).count(),
        4
    );
    let prompt = fields
        .iter()
        .find(|(k, _)| k == "d0_prompt")
        .unwrap()
        .1
        .clone();
    set(
        &mut fields,
        "d0_prompt",
        &format!("{prompt} (tahrirlangan)"),
    );
    fields.retain(|(k, _)| k != "d3_keep");
    set(&mut fields, "title", "Qoʻshish va ayirish");
    let mut long = fields.clone();
    long.retain(|(k, _)| k != "topic");
    long.push(("topic".into(), "x".repeat(50_000)));
    let tests_before = app.count("exam_tests").await;
    let refused = post(&mut t, "/exams/generate/save", &long).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("exam_tests").await, tests_before, "nothing saved");
    let saved = post(&mut t, "/exams/generate/save", &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    let test_id = id_after(saved.location().unwrap(), "/exams/tests/");
    let page = t.get(&format!("/exams/tests/{test_id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("(tahrirlangan)"), "the edit was kept");
    assert_eq!(
        page.text.matches("class=\"qprompt\"").count(),
        3,
        "the dropped draft is gone"
    );
    let now = app.state.now_ms();
    let assigned = t
        .post_form(
            &format!("/exams/tests/{test_id}/assign"),
            &[
                ("class_id", &room.class_id.to_string()),
                ("opens_at", &kernel::clock::format_input(now - 60_000)),
                ("due_at", &kernel::clock::format_input(now + 86_400_000)),
            ],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::SEE_OTHER, "{}", assigned.text);
    let home = t.get("/exams").await;
    assert!(home.text.contains("Qoʻshish va ayirish") && home.text.contains("2-A"));
    let frozen = t.get(&format!("/exams/tests/{test_id}")).await;
    assert!(frozen
        .text
        .contains(&format!("/exams/tests/{test_id}/copy")));
    assert!(!frozen
        .text
        .contains(&format!("/exams/tests/{test_id}/questions\"")));
    let listed = app
        .get("/api/v1/exams/assignments", Some(&room.teacher.access))
        .await
        .json();
    (test_id, listed["assignments"][0]["id"].as_i64().unwrap())
}

#[tokio::test]
async fn a_teacher_generates_edits_and_assigns_and_a_student_hands_in_without_scripts() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let (_, assignment) = generated_and_assigned(&app, &room).await;

    let mut s = signed_in(&app, STUDENT).await;
    let home = s.get("/exams").await;
    assert_eq!(home.status, StatusCode::OK);
    let start = format!("/exams/assignments/{assignment}/start");
    assert!(home.text.contains(&start), "{}", home.text);
    let started = s.post_form(&start, &[]).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let attempt_url = started.location().unwrap().to_string();
    let attempt = id_after(&attempt_url, "/exams/attempts/");
    let page = s.get(&attempt_url).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text.matches("data-qid=").count(), 3);
    assert!(
        page.text.contains("(tahrirlangan)"),
        "the student sees the edited question"
    );

    // Answer every question as a browser without scripts would: first choice, "true", a number.
    let mut fields = form_fields(&page.text, &attempt_url);
    for chunk in page.text.split("data-qid=\"").skip(1) {
        let qid: String = chunk.chars().take_while(char::is_ascii_digit).collect();
        let kind = attr(chunk, "data-kind").unwrap();
        let name = format!("q{qid}");
        match kind.as_str() {
            "single" => {
                let v = attr(&chunk[chunk.find("type=\"radio\"").unwrap()..], "value").unwrap();
                fields.push((name, v));
            }
            "true_false" => fields.push((name, "true".into())),
            "numeric" => {
                fields.retain(|(k, _)| *k != name);
                fields.push((name, "12,0".into()));
            }
            other => panic!("a generated arithmetic question of type {other}"),
        }
    }
    fields.push(("action".into(), "submit".into()));
    let handed = post(&mut s, &attempt_url, &fields).await;
    assert_eq!(handed.status, StatusCode::SEE_OTHER, "{}", handed.text);
    assert_eq!(
        handed.location(),
        Some(format!("/exams/attempts/{attempt}/result").as_str())
    );
    let answers = app.count("exam_answers").await;
    assert_eq!(answers, 3, "every answer was saved");
    let result = s.get(handed.location().unwrap()).await;
    assert_eq!(result.status, StatusCode::OK, "{}", result.text);
    assert!(result.text.contains("Qoʻshish va ayirish"));
    let again = s.get(&attempt_url).await;
    assert_eq!(
        again.status,
        StatusCode::SEE_OTHER,
        "a handed-in attempt shows its result"
    );

    app.register("student", "Aziza", "aziza@mail.uz").await;
    let mut other = signed_in(&app, "aziza@mail.uz").await;
    assert_eq!(other.get(&attempt_url).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_unreadable_number_comes_back_marked_and_the_other_answers_are_kept() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let t = &room.teacher;
    let q = [
        question(
            &app,
            t,
            json!({"prompt": "7 : 2 = ?", "type": "numeric", "answer": 3.5, "tolerance": 0.0}),
        )
        .await,
        question(
            &app,
            t,
            json!({"prompt": "Poytaxt?", "type": "short", "accepted": ["Toshkent"]}),
        )
        .await,
    ];
    let test = test_with(&app, t, json!({}), &q).await;
    let assignment = assign(&app, &room, test).await;
    let attempt = start(&app, &room.student, assignment).await["id"]
        .as_i64()
        .unwrap();
    let mut s = signed_in(&app, STUDENT).await;
    let url = format!("/exams/attempts/{attempt}");
    let res = s
        .post_form(
            &url,
            &[
                (&format!("q{}", q[0]), "uch yarim"),
                (&format!("q{}", q[1]), "toshkent"),
                ("action", "submit"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text.contains("uch yarim") && res.text.contains("aria-invalid=\"true\""));
    assert_eq!(
        app.count("exam_answers").await,
        1,
        "the readable answer is saved"
    );
    let res = s
        .post_form(
            &url,
            &[(&format!("q{}", q[0]), "3,5"), ("action", "submit")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    assert_eq!(score_of(&app, attempt).await, 2.0, "3,5 is read as 3.5");
}

#[tokio::test]
async fn a_parent_sees_their_childs_tests_and_another_parent_gets_404() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let parent = app.register("parent", "Malika", "malika@mail.uz").await;
    let child = app
        .post(
            "/api/v1/family/children",
            Some(&parent.access),
            json!({"name": "Sardor", "birth_year": 2018, "avatar": "🦊", "password": "correct horse 1"}),
        )
        .await;
    assert_eq!(child.status, StatusCode::CREATED, "{}", child.text);
    let child_id = child.json()["child"]["id"].as_str().unwrap().to_string();
    let kid = app.login(&child_id, "correct horse 1").await;
    let code = app
        .get(
            &format!("/api/v1/classes/{}", room.class_id),
            Some(&room.teacher.access),
        )
        .await
        .json();
    let code = code["class"]["join_code"]
        .as_str()
        .expect("join code")
        .to_string();
    let joined = app
        .post(
            "/api/v1/classes/join",
            Some(&kid.access),
            json!({"code": code}),
        )
        .await;
    assert_eq!(joined.status, StatusCode::OK, "{}", joined.text);
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "10 > 9", "type": "true_false", "answer": true}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({"title": "Taqqoslash"}), &[q]).await;
    assign(&app, &room, test).await;

    let mut p = signed_in(&app, "malika@mail.uz").await;
    let page = p.get(&format!("/exams/child/{child_id}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Sardor") && page.text.contains("Taqqoslash"));
    assert!(
        !page.text.contains("/start\""),
        "a parent cannot start the child's test"
    );

    // The child hands in; the parent reads the result, another parent cannot.
    let assignment = app
        .get("/api/v1/exams/assignments", Some(&kid.access))
        .await
        .json()["assignments"][0]["id"]
        .as_i64()
        .unwrap();
    let attempt = start(&app, &kid, assignment).await["id"].as_i64().unwrap();
    answer(
        &app,
        &kid,
        attempt,
        q,
        json!({"type": "true_false", "value": true}),
    )
    .await;
    let submitted = app
        .post(
            &format!("/api/v1/exams/attempts/{attempt}/submit"),
            Some(&kid.access),
            json!({}),
        )
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text);
    let page = p.get(&format!("/exams/child/{child_id}")).await;
    let result = format!("/exams/attempts/{attempt}/result");
    assert!(
        page.text.contains(&result) && page.text.contains("1 / 1"),
        "{}",
        page.text
    );
    let res = p.get(&result).await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.text.contains("Taqqoslash"));

    app.register("parent", "Dilnoza", "dilnoza@mail.uz").await;
    let mut other = signed_in(&app, "dilnoza@mail.uz").await;
    assert_eq!(
        other.get(&format!("/exams/child/{child_id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(other.get(&result).await.status, StatusCode::NOT_FOUND);
    let mut teacher = signed_in(&app, TEACHER).await;
    assert_eq!(
        teacher
            .get(&format!("/exams/child/{child_id}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_pending_teacher_sees_a_friendly_notice_and_cannot_create() {
    let app = TestApp::spawn().await;
    app.register("teacher", "Nodira", "nodira@maktab.uz").await;
    let mut b = signed_in(&app, "nodira@maktab.uz").await;
    for path in [
        "/exams",
        "/exams/tests/new",
        "/exams/generate",
        "/exams/import",
    ] {
        let page = b.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(
            page.text.contains("tasdiqlanishini kutmoqda"),
            "{path}: {}",
            page.text
        );
    }
    let before = app.count("exam_tests").await;
    let res = b
        .post_form(
            "/exams/tests",
            &[
                ("title", "Test"),
                ("subject", "math"),
                ("grade", "1"),
                ("language", "uz"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("exam_tests").await, before);
}

#[tokio::test]
async fn the_import_page_names_the_bad_line_keeps_the_text_and_saves_nothing() {
    let app = TestApp::spawn().await;
    app.teacher("Gulnora", TEACHER).await;
    let mut b = signed_in(&app, TEACHER).await;
    let page = b.get("/exams/import").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text.contains("ANSWER: B"), "examples are shown");
    let bad = "7 × 8 = ?\nA. 54\nB. 56\nANSWER: B\n\n2 + 2 = ?\nA. 3\nB. 4\nANSWER: E\n";
    let res = b
        .post_form(
            "/exams/import",
            &[
                ("format", "aiken"),
                ("title", "Karra jadvali"),
                ("subject", "math"),
                ("grade", "2"),
                ("language", "uz"),
                ("text", bad),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text.contains("9-qator:"), "{}", res.text);
    assert!(res.text.contains("ANSWER: E"), "the text is kept");
    assert_eq!(app.count("exam_tests").await, 0);
    assert_eq!(app.count("exam_questions").await, 0);
    let good = bad.replace("ANSWER: E", "ANSWER: B");
    let res = b
        .post_form(
            "/exams/import",
            &[
                ("format", "aiken"),
                ("title", "Karra jadvali"),
                ("subject", "math"),
                ("grade", "2"),
                ("language", "uz"),
                ("text", &good),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let page = b.get(res.location().unwrap()).await;
    assert!(page.text.contains("Karra jadvali") && page.text.contains("2 + 2 = ?"));
}

#[test]
fn every_format_example_on_the_import_page_imports() {
    for (code, text) in exams::routes::pages_import::EXAMPLES {
        let format = questions::formats::Format::parse(code).expect("a known format");
        let qs = questions::formats::import(format, text).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert!(!qs.is_empty(), "{code}");
    }
}

#[tokio::test]
async fn a_teacher_writes_a_question_of_every_type_through_the_form() {
    let app = TestApp::spawn().await;
    app.teacher("Gulnora", TEACHER).await;
    let mut b = signed_in(&app, TEACHER).await;
    let created = b
        .post_form(
            "/exams/tests",
            &[
                ("title", "Aralash"),
                ("subject", "math"),
                ("grade", "3"),
                ("language", "uz"),
                ("max_attempts", "2"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text);
    let url = created
        .location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let add = format!("{url}/questions");
    let forms: [&[(&str, &str)]; 8] = [
        &[
            ("type", "single"),
            ("prompt", "2 + 3 = ?"),
            ("opt0", "4"),
            ("opt1", "5"),
            ("key", "1"),
        ],
        &[
            ("type", "multiple"),
            ("prompt", "Juft sonlar"),
            ("opt0", "2"),
            ("opt1", "3"),
            ("opt2", "4"),
            ("key", "0"),
            ("key", "2"),
        ],
        &[("type", "true_false"), ("prompt", "10 > 9"), ("tf", "true")],
        &[
            ("type", "short"),
            ("prompt", "Poytaxt?"),
            ("accepted", "Toshkent\nTashkent"),
        ],
        &[
            ("type", "numeric"),
            ("prompt", "7 : 2 = ?"),
            ("number", "3,5"),
            ("tolerance", "0,1"),
            ("points", "3"),
        ],
        &[
            ("type", "ordering"),
            ("prompt", "Tartibla"),
            ("items", "1\n10\n100"),
        ],
        &[
            ("type", "matching"),
            ("prompt", "Moslang"),
            ("l0", "2×2"),
            ("r0", "4"),
            ("l1", "3×3"),
            ("r1", "9"),
        ],
        &[
            ("type", "fill_blanks"),
            ("text", "5 + ___ = 8"),
            ("blanks", "3; uch"),
        ],
    ];
    for f in forms {
        let res = b.post_form(&add, f).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{f:?}: {}", res.text);
    }
    let page = b.get(&url).await;
    assert_eq!(page.text.matches("class=\"qprompt\"").count(), 8);
    assert!(page.text.contains("3,5 ± 0,1") && page.text.contains("3 ball"));
    assert!(page.text.contains("2×2 → 4") && page.text.contains("3 / uch"));

    let before = app.count("exam_questions").await;
    let res = b
        .post_form(
            &add,
            &[
                ("type", "single"),
                ("prompt", "Qaysi?"),
                ("opt0", "a"),
                ("opt1", "b"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text.contains("Kamida bitta toʻgʻri javobni belgilang"));
    assert!(
        res.text.contains(">Qaysi?</textarea>"),
        "the typed question is kept"
    );
    assert_eq!(app.count("exam_questions").await, before, "nothing written");
    app.teacher("Boshqa", "boshqa@maktab.uz").await;
    let mut o = signed_in(&app, "boshqa@maktab.uz").await;
    let res = o
        .post_form(
            &add,
            &[("type", "true_false"), ("prompt", "Men?"), ("tf", "true")],
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::NOT_FOUND,
        "another teacher's test does not exist"
    );
    assert_eq!(app.count("exam_questions").await, before);
}

#[tokio::test]
async fn bank_questions_are_added_and_an_assigned_test_is_frozen_but_copyable() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let t = &room.teacher;
    let q1 = question(
        &app,
        t,
        json!({"prompt": "1 + 1 = ?", "type": "numeric", "answer": 2.0, "tolerance": 0.0}),
    )
    .await;
    let q2 = question(
        &app,
        t,
        json!({"prompt": "2 + 2 = ?", "type": "numeric", "answer": 4.0, "tolerance": 0.0}),
    )
    .await;
    let mut b = signed_in(&app, TEACHER).await;
    let created = b
        .post_form(
            "/exams/tests",
            &[
                ("title", "Qoʻshish"),
                ("subject", "math"),
                ("grade", "2"),
                ("language", "uz"),
            ],
        )
        .await;
    let test = id_after(created.location().unwrap(), "/exams/tests/");
    let url = format!("/exams/tests/{test}");
    let page = b.get(&url).await;
    assert!(
        page.text.contains(&format!("value=\"{q1}\"")),
        "the bank is offered"
    );
    let res = b
        .post_form(
            &format!("{url}/bank"),
            &[
                ("question_id", &q1.to_string()),
                ("question_id", &q2.to_string()),
                ("points", "2"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    let page = b.get(&url).await;
    assert_eq!(page.text.matches("class=\"qprompt\"").count(), 2);
    assert!(
        !page
            .text
            .contains(&format!("name=\"question_id\" value=\"{q1}\"")),
        "added ones leave the list"
    );

    assign(&app, &room, test).await;
    let page = b.get(&url).await;
    assert!(
        page.text.contains(&format!("{url}/copy")) && !page.text.contains(&format!("{url}/delete"))
    );
    let res = b
        .post_form(
            &format!("{url}/questions"),
            &[("type", "true_false"), ("prompt", "Yana"), ("tf", "true")],
        )
        .await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    let copy = b.post_form(&format!("{url}/copy"), &[]).await;
    assert_eq!(copy.status, StatusCode::SEE_OTHER);
    let copied = b.get(copy.location().unwrap()).await;
    assert!(
        copied.text.contains("/questions\""),
        "the copy can be edited"
    );
}

#[tokio::test]
async fn a_public_test_waits_for_a_moderator_then_other_teachers_can_copy_it() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "3 × 3 = ?", "type": "numeric", "answer": 9.0, "tolerance": 0.0}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({"title": "Karra"}), &[q]).await;
    let mut b = signed_in(&app, TEACHER).await;
    let res = b
        .post_form(
            &format!("/exams/tests/{test}/visibility"),
            &[("visibility", "public")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);

    app.moderator("moderator@alif24.uz").await;
    let mut m = signed_in(&app, "moderator@alif24.uz").await;
    let queue = m.get("/exams/moderation").await;
    assert!(queue.text.contains("Karra"), "{}", queue.text);
    assert_eq!(
        m.get(&format!("/exams/tests/{test}")).await.status,
        StatusCode::OK,
        "a moderator reads it first"
    );
    let res = m
        .post_form(
            &format!("/exams/moderation/{test}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert!(!m.get("/exams/moderation").await.text.contains("Karra"));
    assert_eq!(
        app.browser().get("/exams/moderation").await.status,
        StatusCode::SEE_OTHER,
        "visitors are sent to log in"
    );
    let mut s = signed_in(&app, STUDENT).await;
    assert_eq!(
        s.get("/exams/moderation").await.status,
        StatusCode::FORBIDDEN
    );

    app.teacher("Boshqa", "boshqa@maktab.uz").await;
    let mut other = signed_in(&app, "boshqa@maktab.uz").await;
    let home = other.get("/exams").await;
    assert!(
        home.text.contains("Karra") && home.text.contains(&format!("/exams/tests/{test}/copy"))
    );
    let copy = other
        .post_form(&format!("/exams/tests/{test}/copy"), &[])
        .await;
    assert_eq!(copy.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_teacher_sees_the_class_results_and_nobody_else_does() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "5 − 2 = ?", "type": "numeric", "answer": 3.0, "tolerance": 0.0}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({"title": "Ayirish"}), &[q]).await;
    let assignment = assign(&app, &room, test).await;
    let attempt = start(&app, &room.student, assignment).await["id"]
        .as_i64()
        .unwrap();
    answer(
        &app,
        &room.student,
        attempt,
        q,
        json!({"type": "numeric", "value": 3.0}),
    )
    .await;
    let mut s = signed_in(&app, STUDENT).await;
    let res = s
        .post_form(
            &format!("/exams/attempts/{attempt}"),
            &[("action", "submit")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let result = s.get(&format!("/exams/attempts/{attempt}/result")).await;
    assert!(result.text.contains("1</strong> / 1"), "{}", result.text);
    let home = s.get("/exams").await;
    assert!(home.text.contains("1 / 1"), "the score shows on the list");

    let mut t = signed_in(&app, TEACHER).await;
    let page = t.get(&format!("/exams/assignments/{assignment}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    assert!(page.text.contains("Bekzod") && page.text.contains("cell-right"));
    assert!(page
        .text
        .contains(&format!("/exams/attempts/{attempt}/result")));
    app.teacher("Boshqa", "boshqa@maktab.uz").await;
    let mut other = signed_in(&app, "boshqa@maktab.uz").await;
    assert_eq!(
        other
            .get(&format!("/exams/assignments/{assignment}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.get(&format!("/exams/assignments/{assignment}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_ai_generator_says_plainly_when_it_is_not_set_up() {
    let app = TestApp::spawn().await;
    app.teacher("Gulnora", TEACHER).await;
    let mut b = signed_in(&app, TEACHER).await;
    let res = b
        .post_form(
            "/exams/generate",
            &[
                ("generator", "llm"),
                ("grade", "3"),
                ("count", "5"),
                ("language", "uz"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.text.contains("sunʼiy intellekt"), "{}", res.text);
    assert!(
        res.text.contains("name=\"generator\""),
        "the form is still there"
    );
    let res = b
        .post_form(
            "/exams/generate",
            &[
                ("generator", "arithmetic"),
                ("grade", "2"),
                ("topic", "integers"),
                ("count", "5"),
            ],
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "integers are not a grade-2 topic"
    );
    assert_eq!(app.count("exam_questions").await, 0);
}

#[tokio::test]
async fn answers_posted_after_the_time_limit_are_refused_and_the_saved_ones_graded() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "2 + 2 = ?", "type": "numeric", "answer": 4.0, "tolerance": 0.0}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({"time_limit_min": 5}), &[q]).await;
    let assignment = assign(&app, &room, test).await;
    let attempt = start(&app, &room.student, assignment).await["id"]
        .as_i64()
        .unwrap();
    let mut s = signed_in(&app, STUDENT).await;
    let page = s.get(&format!("/exams/attempts/{attempt}")).await;
    let deadline = attr(&page.text, "data-deadline")
        .unwrap()
        .parse::<i64>()
        .unwrap();
    let now = attr(&page.text, "data-now")
        .unwrap()
        .parse::<i64>()
        .unwrap();
    assert_eq!(
        deadline - now,
        5 * 60_000,
        "the page counts down on the server's clock"
    );
    app.advance_ms(6 * 60_000);
    let res = s
        .post_form(
            &format!("/exams/attempts/{attempt}"),
            &[(&format!("q{q}"), "4"), ("action", "submit")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(
        res.location(),
        Some(format!("/exams/attempts/{attempt}/result?notice=exams_time_up").as_str())
    );
    assert_eq!(
        app.count("exam_answers").await,
        0,
        "the late answer is not saved"
    );
    assert_eq!(score_of(&app, attempt).await, 0.0);
}

#[tokio::test]
async fn ordering_and_matching_work_from_the_plain_form() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let t = &room.teacher;
    let order = question(
        &app,
        t,
        json!({"prompt": "Tartibla", "type": "ordering", "items": ["1", "10", "100"]}),
    )
    .await;
    let pairs = question(
        &app,
        t,
        json!({"prompt": "Moslang", "type": "matching", "pairs": [["2×2", "4"], ["3×3", "9"]]}),
    )
    .await;
    let test = test_with(&app, t, json!({}), &[order, pairs]).await;
    let assignment = assign(&app, &room, test).await;
    let view = start(&app, &room.student, assignment).await;
    let attempt = view["id"].as_i64().unwrap();
    // Items and the right-hand column are numbered by the place they are shown in.
    let mut s = signed_in(&app, STUDENT).await;
    let url = format!("/exams/attempts/{attempt}");
    let page = s.get(&url).await;
    let mut fields = form_fields(&page.text, &url);
    let places: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k.starts_with(&format!("q{order}_pos")))
        .map(|(_, v)| v.clone())
        .collect();
    assert_eq!(places, ["1", "2", "3"], "each item shows its own place");
    assert!(
        !fields.iter().any(|(k, _)| k.ends_with("_order")),
        "the scripted field stays off"
    );
    // Put the items right: "1" first, "10" second, "100" third.
    for (text, place) in [("1", "1"), ("10", "2"), ("100", "3")] {
        set(
            &mut fields,
            &format!("q{order}_pos{}", shown_at(&view, order, text)),
            place,
        );
    }
    set(
        &mut fields,
        &format!("q{pairs}_m0"),
        &shown_at(&view, pairs, "4").to_string(),
    );
    set(
        &mut fields,
        &format!("q{pairs}_m1"),
        &shown_at(&view, pairs, "9").to_string(),
    );
    fields.push(("action".into(), "submit".into()));
    let res = post(&mut s, &url, &fields).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.text);
    assert_eq!(score_of(&app, attempt).await, 2.0);
}

// The form readers on their own: question fields into questions, posted answers into answers.

fn kv(pairs: &[(&str, &str)]) -> Fields {
    Fields(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )
}

#[test]
fn choice_fields_skip_empty_slots_and_keep_the_key() {
    let f = kv(&[
        ("prompt", "2 + 3 = ?"),
        ("opt0", "4"),
        ("opt1", ""),
        ("opt2", "5"),
        ("key", "2"),
    ]);
    let q = QEdit::from_fields("", "single", &f, true)
        .to_question()
        .unwrap();
    assert_eq!(
        q.body,
        Body::Single {
            options: vec!["4".into(), "5".into()],
            correct: 1
        }
    );
    let none = kv(&[("d1_prompt", "?"), ("d1_opt0", "a"), ("d1_opt1", "b")]);
    let err = QEdit::from_fields("d1_", "multiple", &none, false);
    let err = err.to_question().unwrap_err();
    assert_eq!(
        (err.field.as_str(), &*err.key),
        ("d1_question", "exams-problem-no-key")
    );
}

#[test]
fn every_type_round_trips_through_the_form() {
    let qs = [
        Body::Single {
            options: vec!["a".into(), "b".into()],
            correct: 1,
        },
        Body::Multiple {
            options: vec!["a".into(), "b".into(), "c".into()],
            correct: vec![0, 2],
        },
        Body::TrueFalse { answer: false },
        Body::Short {
            accepted: vec!["Toshkent".into(), "Tashkent".into()],
        },
        Body::Numeric {
            answer: 3.5,
            tolerance: 0.1,
        },
        Body::Ordering {
            items: vec!["1".into(), "2".into(), "3".into()],
        },
        Body::Matching {
            pairs: vec![("a".into(), "1".into()), ("b".into(), "2".into())],
        },
        Body::FillBlanks {
            text: "2 + ___ = 5".into(),
            blanks: vec![vec!["3".into(), "uch".into()]],
        },
    ];
    for body in qs {
        let q = Question {
            prompt: "Savol".into(),
            body,
            explanation: Some("Chunki".into()),
        };
        let e = QEdit::from_question("d0_", &q, "uz");
        let mut sent = vec![
            ("d0_prompt".to_string(), e.prompt.clone()),
            ("d0_explanation".to_string(), e.explanation.clone()),
            ("d0_tf".to_string(), e.tf.to_string()),
            ("d0_accepted".to_string(), e.accepted.clone()),
            ("d0_number".to_string(), e.number.clone()),
            ("d0_tolerance".to_string(), e.tolerance.clone()),
            ("d0_items".to_string(), e.items.clone()),
            ("d0_text".to_string(), e.text.clone()),
            ("d0_blanks".to_string(), e.blanks.clone()),
        ];
        for (i, s) in e.options.iter().enumerate() {
            sent.push((format!("d0_opt{i}"), s.text.clone()));
            if s.right {
                sent.push(("d0_key".into(), i.to_string()));
            }
        }
        for (i, s) in e.pairs.iter().enumerate() {
            sent.push((format!("d0_l{i}"), s.left.clone()));
            sent.push((format!("d0_r{i}"), s.right.clone()));
        }
        let back = QEdit::from_fields("d0_", &e.kind, &Fields(sent), false);
        assert_eq!(back.to_question().unwrap(), q, "{}", e.kind);
    }
}

#[test]
fn numbers_take_a_decimal_comma_and_refuse_words() {
    let f = kv(&[("prompt", "7 : 2"), ("number", "3,5"), ("tolerance", "")]);
    let q = QEdit::from_fields("", "numeric", &f, true)
        .to_question()
        .unwrap();
    assert_eq!(
        q.body,
        Body::Numeric {
            answer: 3.5,
            tolerance: 0.0
        }
    );
    let bad = kv(&[("prompt", "7 : 2"), ("number", "uch")]);
    let err = QEdit::from_fields("", "numeric", &bad, true)
        .to_question()
        .unwrap_err();
    assert_eq!(&*err.key, "exams-problem-bad-number");
}

fn shown(kind: &'static str, choices: &[(usize, &str)], left: &[&str], parts: &[&str]) -> Shown {
    Shown {
        id: 7,
        number: 1,
        points: 1,
        kind,
        prompt: "?".into(),
        image_url: None,
        choices: choices
            .iter()
            .map(|(i, t)| Choice {
                index: *i,
                text: t.to_string(),
            })
            .collect(),
        left: left.iter().map(|s| s.to_string()).collect(),
        parts: parts.iter().map(|s| s.to_string()).collect(),
        answer: None,
    }
}

#[test]
fn posted_fields_become_answers_of_each_type() {
    let s = shown("single", &[(1, "b"), (0, "a")], &[], &[]);
    assert_eq!(
        read(&s, &kv(&[("q7", "0")])),
        Read::Answer(Answer::Single { choice: 0 })
    );
    assert_eq!(read(&s, &kv(&[("q7", "5")])), Read::Empty);
    let m = shown("multiple", &[(0, "a"), (1, "b"), (2, "c")], &[], &[]);
    assert_eq!(
        read(&m, &kv(&[("q7", "2"), ("q7", "0")])),
        Read::Answer(Answer::Multiple {
            choices: vec![0, 2]
        })
    );
    let n = shown("numeric", &[], &[], &[]);
    assert_eq!(
        read(&n, &kv(&[("q7", "3,5")])),
        Read::Answer(Answer::Numeric { value: 3.5 })
    );
    assert_eq!(read(&n, &kv(&[("q7", "uch")])), Read::BadNumber);
    let o = shown("ordering", &[(2, "c"), (0, "a"), (1, "b")], &[], &[]);
    let by_selects = kv(&[("q7_pos2", "3"), ("q7_pos0", "1"), ("q7_pos1", "2")]);
    assert_eq!(
        read(&o, &by_selects),
        Read::Answer(Answer::Ordering {
            order: vec![0, 1, 2]
        })
    );
    let scripted = kv(&[("q7_order", "1,0,2"), ("q7_pos2", "1")]);
    assert_eq!(
        read(&o, &scripted),
        Read::Answer(Answer::Ordering {
            order: vec![1, 0, 2]
        })
    );
    let mt = shown("matching", &[(1, "4"), (0, "9")], &["2×2", "3×3"], &[]);
    assert_eq!(
        read(&mt, &kv(&[("q7_m0", "0"), ("q7_m1", "")])),
        Read::Answer(Answer::Matching {
            choices: vec![0, 2]
        })
    );
    let fb = shown("fill_blanks", &[], &[], &["5 + ", " = 8"]);
    assert_eq!(
        read(&fb, &kv(&[("q7_b0", " 3 ")])),
        Read::Answer(Answer::FillBlanks {
            values: vec!["3".into()]
        })
    );
    assert_eq!(read(&fb, &kv(&[])), Read::Empty);
}
