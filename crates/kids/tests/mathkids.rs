//! MathKids through the API: exact answers, one step at a time with the server checking the
//! child's numbers, a similar problem, and a clear refusal of what it cannot solve.

use axum::http::StatusCode;
use serde_json::{json, Value};
use testkit::TestApp;

const SOLVE: &str = "/api/v1/mathkids/solve";

#[tokio::test]
async fn problems_of_every_kind_are_solved_in_their_own_form() {
    let app = TestApp::spawn().await;
    for (problem, answer, kind) in [
        ("47 + 24", "71", "addition"),
        ("3/4 - 1/8", "5/8", "fraction"),
        ("2x + 3 = 11", "x = 4", "equation"),
        ("51 : 4", "12 r 3", "division"),
        ("0.5 + 0.25", "0.75", "decimal"),
    ] {
        for lang in ["uz", "ru", "en"] {
            let res = app
                .post(
                    SOLVE,
                    None,
                    json!({"problem": problem, "language": lang, "mode": "steps"}),
                )
                .await;
            assert_eq!(res.status, StatusCode::OK, "{problem}: {}", res.text);
            let s = res.json();
            assert_eq!(s["answer"], answer, "{problem} {lang}");
            assert_eq!(s["kind"], kind, "{problem}");
            let steps = s["steps"].as_array().unwrap();
            assert!(!steps.is_empty());
            for st in steps {
                for f in ["change", "before", "after", "text"] {
                    assert!(st[f].is_string(), "{problem}: {f}");
                }
            }
        }
    }
}

#[tokio::test]
async fn what_it_cannot_solve_is_refused_with_examples_never_guessed() {
    let app = TestApp::spawn().await;
    for problem in ["what is love", "x + y = 3", "5 : 0", "sqrt 4"] {
        let res = app
            .post(SOLVE, None, json!({"problem": problem, "language": "uz"}))
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        let e = res.json();
        assert_eq!(e["error"]["code"], "mathkids_unsupported");
        assert!(
            e["error"]["message"].as_str().unwrap().contains('+'),
            "examples: {e}"
        );
    }
    let empty = app.post(SOLVE, None, json!({"problem": " "})).await;
    assert!(empty.json()["error"]["fields"]["problem"].is_string());
    let long = app
        .post(SOLVE, None, json!({"problem": "1+".repeat(150)}))
        .await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_child_solves_one_step_at_a_time_and_the_server_checks_each_number() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let problem = "47 + 24";
    let hint = app
        .post(
            SOLVE,
            Some(&child.access),
            json!({"problem": problem, "language": "en", "mode": "hint"}),
        )
        .await
        .json();
    let steps = hint["steps"].as_array().unwrap().clone();
    let whole = app
        .post(
            SOLVE,
            None,
            json!({"problem": problem, "language": "en", "mode": "steps"}),
        )
        .await
        .json();
    let asking: Vec<usize> = (0..steps.len())
        .filter(|&i| steps[i]["ask"].is_string())
        .collect();
    assert!(!asking.is_empty(), "hint mode asks the child: {hint}");
    let mut given: Vec<String> = Vec::new();
    let check = |step: usize, value: &str, previous: &[String]| json!({"problem": problem, "language": "en", "step": step, "value": value, "previous": previous});
    let wrong = app
        .post(
            "/api/v1/mathkids/check",
            Some(&child.access),
            check(asking[0], "999", &given),
        )
        .await
        .json();
    assert_eq!(wrong["correct"], false);
    assert_eq!(wrong.get("step"), None, "a wrong number reveals nothing");
    let mut last = Value::Null;
    for &i in &asking {
        // The number the full solution shows at this step is the one the child must give.
        let after = whole["steps"][i]["after"].as_str().unwrap().to_string();
        let text = whole["steps"][i]["text"].as_str().unwrap().to_string();
        let expect = candidates(&after, &text);
        let mut ok = false;
        for v in expect {
            let r = app
                .post(
                    "/api/v1/mathkids/check",
                    Some(&child.access),
                    check(i, &v, &given),
                )
                .await
                .json();
            if r["correct"] == true {
                ok = true;
                last = r;
                given.push(v);
                break;
            }
        }
        assert!(
            ok,
            "step {i}: none of the numbers in «{after}» / «{text}» was accepted"
        );
    }
    if *asking.last().unwrap() != steps.len() - 1 {
        last = app
            .post(
                "/api/v1/mathkids/check",
                Some(&child.access),
                check(steps.len() - 1, "", &given),
            )
            .await
            .json();
    }
    assert_eq!(last["answer"], "71");
    let similar = app
        .post(
            "/api/v1/mathkids/similar",
            None,
            json!({"problem": problem}),
        )
        .await;
    assert_eq!(similar.status, StatusCode::OK);
    let p = similar.json()["problem"].as_str().unwrap().to_string();
    assert!(p.contains('+'), "{p}");
    let solved = app
        .post(SOLVE, None, json!({"problem": p, "mode": "steps"}))
        .await;
    assert_eq!(solved.status, StatusCode::OK);
}

/// Numbers appearing in a step's result and words.
fn candidates(after: &str, text: &str) -> Vec<String> {
    format!("{after} {text}")
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn a_photo_is_refused_plainly_when_it_cannot_be_read() {
    use axum::body::Body;
    use axum::http::{header, Request};
    let off = TestApp::spawn_with(&[("ALIF24_TESSERACT", "off")]).await;
    let (_, child) = off.family("ona@mail.uz", "Malika").await;
    let req = Request::post("/api/v1/mathkids/photo")
        .header(header::AUTHORIZATION, format!("Bearer {}", child.access))
        .header(header::CONTENT_TYPE, "application/octet-stream")
        .body(Body::from(&b"\x89PNG\r\n\x1a\n"[..]))
        .unwrap();
    let res = off.send(req).await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(res.json()["error"]["code"], "mathkids_photo_unavailable");
    let anonymous = off.post("/api/v1/mathkids/photo", None, json!({})).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_photographed_problem_is_read_for_the_child_to_confirm() {
    use axum::body::Body;
    use axum::http::{header, Request};
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let photo = |bytes: &'static [u8]| {
        Request::post("/api/v1/mathkids/photo")
            .header(header::AUTHORIZATION, format!("Bearer {}", child.access))
            .header(header::CONTENT_TYPE, "application/octet-stream")
            .body(Body::from(bytes))
            .unwrap()
    };
    let res = app
        .send(photo(include_bytes!("fixtures/47-plus-24.png")))
        .await;
    let installed = std::process::Command::new("tesseract")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        // Without tesseract the page offers no camera and the API says so plainly.
        assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
        return;
    }
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    let text = res.json()["text"].as_str().unwrap().to_string();
    assert!(text.starts_with("47 + 24"), "{text}");
    let solved = app
        .post(SOLVE, None, json!({"problem": text, "mode": "steps"}))
        .await;
    assert_eq!(solved.json()["answer"], "71");
    let not_a_picture = app.send(photo(b"GIF89a....")).await;
    assert_eq!(not_a_picture.status, StatusCode::UNPROCESSABLE_ENTITY);
}
