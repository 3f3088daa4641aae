//! CSV in and out: formulas are defused in every CSV the platform writes, and a teacher's
//! spreadsheet in Kahoot's, Quizizz's or the plain question/options/answer layout imports.

use axum::http::StatusCode;
use exams::formats::{export_csv, import, Format};
use exams::model::question::{Body, Question};
use serde_json::json;
use testkit::TestApp;

use crate::common::*;

fn s(items: &[&str]) -> Vec<String> {
    items.iter().map(|i| i.to_string()).collect()
}

#[test]
fn the_question_csv_defuses_formulas_and_reads_them_back() {
    let qs = vec![
        Question {
            prompt: "=HYPERLINK(\"http://evil.example\",\"Bosing\")".into(),
            body: Body::Single {
                options: s(&["+998", "-5", "@home"]),
                correct: 1,
            },
            explanation: Some("=1+1".into()),
        },
        Question {
            prompt: "Sovuq: necha daraja?".into(),
            body: Body::Numeric {
                answer: -3.0,
                tolerance: 0.0,
            },
            explanation: None,
        },
        Question {
            prompt: "'=already quoted".into(),
            body: Body::TrueFalse { answer: true },
            explanation: None,
        },
    ];
    let csv = export_csv(&qs);
    for row in csv.lines().skip(1) {
        for cell in row.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "a cell runs as a formula: {cell} in {csv}"
            );
        }
    }
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains(",'-3,"), "{csv}");
    assert_eq!(import(Format::Csv, &csv).unwrap(), qs, "{csv}");
}

#[tokio::test]
async fn a_test_exported_as_csv_through_the_api_has_no_live_formulas() {
    let app = TestApp::spawn().await;
    let room = classroom(&app).await;
    let q = question(
        &app,
        &room.teacher,
        json!({"prompt": "=2+3", "type": "short", "accepted": ["5"]}),
    )
    .await;
    let test = test_with(&app, &room.teacher, json!({}), &[q]).await;
    let res = app
        .get(
            &format!("/api/v1/exams/tests/{test}/export?format=csv"),
            Some(&room.teacher.access),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text);
    assert!(res.text.contains("short,'=2+3,,5,"), "{}", res.text);
}
