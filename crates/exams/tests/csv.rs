//! CSV in and out: formulas are defused in every CSV the platform writes, and a teacher's
//! spreadsheet in Kahoot's, Quizizz's or the plain question/options/answer layout imports.

use axum::http::StatusCode;
use questions::formats::{export_csv, import, import_skipping, Format};
use questions::model::question::{Body, Question};
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

fn single(options: &[&str], correct: usize) -> Body {
    Body::Single {
        options: s(options),
        correct,
    }
}

fn q(prompt: &str, body: Body) -> Question {
    Question {
        prompt: prompt.into(),
        body,
        explanation: None,
    }
}

/// Kahoot's spreadsheet template saved as CSV: instructions above the header, a row number in
/// the first column, hints in the header cells, empty numbered rows below the questions.
const KAHOOT: &str = "\u{FEFF}Quiz template,,,,,,,
\"Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!\",,,,,,,
\"Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red in Excel or Google Docs if you exceed this limit.\",,,,,,,
,,,,,,,
,Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,\"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs\",Correct answer(s) - choose at least one
1,7 × 8 = ?,54,56,64,,20,2
2,Qaysilari tub son?,2,3,4,9,30,\"1,2\"
3,Oʻzbekistonning poytaxti?,Samarqand,Toshkent,,,20,2
4,,,,,,,
5,,,,,,,
";

#[test]
fn kahoots_template_imports_with_its_instructions_and_empty_rows() {
    assert_eq!(
        import(Format::Csv, KAHOOT).unwrap(),
        vec![
            q("7 × 8 = ?", single(&["54", "56", "64"], 1)),
            q(
                "Qaysilari tub son?",
                Body::Multiple {
                    options: s(&["2", "3", "4", "9"]),
                    correct: vec![0, 1]
                }
            ),
            q(
                "Oʻzbekistonning poytaxti?",
                single(&["Samarqand", "Toshkent"], 1)
            ),
        ]
    );
    // The key names an empty answer column.
    let bad = KAHOOT.replace("Samarqand,Toshkent,,,20,2", "Samarqand,Toshkent,,,20,4");
    let e = import(Format::Csv, &bad).unwrap_err();
    assert_eq!((e.line, e.code), (8, "bad_key"));
}

/// Quizizz's spreadsheet template: numbered options, the type of each question.
const QUIZIZZ: &str = "Question Text,Question Type,Option 1,Option 2,Option 3,Option 4,Option 5,Correct Answer,Time in seconds,Image Link,Answer explanation
Какой город — столица Узбекистана?,Multiple Choice,Самарканд,Ташкент,Бухара,,,2,30,,Ташкент — столица с 1930 года.
Выберите чётные числа,Checkbox,1,2,3,4,,\"2,4\",45,,
Столица Франции — ___,Fill-in-the-Blank,Париж,Paris,,,,,30,,
Расскажите о своём городе,Open-Ended,,,,,,,60,,
";

#[test]
fn quizizzs_template_imports_and_open_ended_questions_are_named_at_their_line() {
    let e = import(Format::Csv, QUIZIZZ).unwrap_err();
    assert_eq!((e.line, e.code), (5, "csv_unsupported_type"));
    assert_eq!(e.args, vec![("type", "Open-Ended".to_string())]);
    let read = import_skipping(Format::Csv, QUIZIZZ).unwrap();
    assert_eq!(
        read.questions,
        vec![
            Question {
                prompt: "Какой город — столица Узбекистана?".into(),
                body: single(&["Самарканд", "Ташкент", "Бухара"], 1),
                explanation: Some("Ташкент — столица с 1930 года.".into()),
            },
            q(
                "Выберите чётные числа",
                Body::Multiple {
                    options: s(&["1", "2", "3", "4"]),
                    correct: vec![1, 3]
                }
            ),
            q(
                "Столица Франции — ___",
                Body::Short {
                    accepted: s(&["Париж", "Paris"])
                }
            ),
        ]
    );
    assert_eq!(read.skipped.len(), 1);
    assert_eq!(read.skipped[0].line, 5);
}

#[test]
fn plain_tables_with_uzbek_russian_or_english_headers_take_a_letter_or_the_text() {
    let uz = "Savol;A variant;B variant;C variant;D variant;Toʻgʻri javob\n\
              25 + 17 = ?;32;42;43;52;B\n\
              Eng kichik tub son?;1;2;3;4;2\n";
    assert_eq!(
        import(Format::Csv, uz).unwrap(),
        vec![
            q("25 + 17 = ?", single(&["32", "42", "43", "52"], 1)),
            q("Eng kichik tub son?", single(&["1", "2", "3", "4"], 1)),
        ],
        "lettered options: a number in the answer is an option's text"
    );
    let ru = "Вопрос\tВариант А\tВариант Б\tВариант В\tОтвет\n\
              Сколько минут в часе?\t30\t60\t100\tБ\n\
              Столица России?\tМосква\tКазань\tСочи\tмосква\n";
    assert_eq!(
        import(Format::Csv, ru).unwrap(),
        vec![
            q("Сколько минут в часе?", single(&["30", "60", "100"], 1)),
            q("Столица России?", single(&["Москва", "Казань", "Сочи"], 0)),
        ]
    );
    let en = "question,option A,option B,option C,option D,answer\n\
              Which is a mammal?,Shark,Whale,Trout,Tuna,Whale\n\
              Which are even?,1,2,3,4,\"B, D\"\n";
    assert_eq!(
        import(Format::Csv, en).unwrap(),
        vec![
            q(
                "Which is a mammal?",
                single(&["Shark", "Whale", "Trout", "Tuna"], 1)
            ),
            q(
                "Which are even?",
                Body::Multiple {
                    options: s(&["1", "2", "3", "4"]),
                    correct: vec![1, 3]
                }
            ),
        ]
    );
    let e = import(Format::Csv, &en.replace(",Whale\n", ",Dolphin\n")).unwrap_err();
    assert_eq!((e.line, e.code), (2, "csv_bad_answer"));
}

#[test]
fn a_header_nobody_understands_lists_the_layouts_that_are() {
    let e = import(Format::Csv, "Savol,Javob\n2+2,4\n").unwrap_err();
    assert_eq!((e.line, e.code), (1, "csv_header"));
    assert_eq!(e.message_key(), "exams-import-csv-layouts");
    for lang in ["uz", "ru", "en"] {
        let path = format!(
            "{}/../../locales/{lang}/exams-holes.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("exams-import-csv-layouts = "))
            .expect(lang);
        for layout in ["Alif24", "Kahoot", "Quizizz", "Question Text", "Answer 1"] {
            assert!(line.contains(layout), "{lang}: {layout}");
        }
    }
}
