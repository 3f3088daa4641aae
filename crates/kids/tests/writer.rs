//! Stories on request: written offline for a child, private to the child and their parents;
//! a refused hero name gives a safe story with a notice; choices and ages checked.

use axum::http::StatusCode;
use serde_json::json;
use testkit::TestApp;

const WRITE: &str = "/api/v1/smartkids/stories";

#[tokio::test]
async fn a_child_gets_a_story_of_their_choices_only_they_and_their_parents_see() {
    let app = TestApp::spawn().await;
    let (parent, child) = app.family("ona@mail.uz", "Malika").await;
    let (other_parent, other) = app.family("dada@mail.uz", "Sardor").await;
    let choices = app
        .get("/api/v1/smartkids/choices?language=uz", None)
        .await
        .json();
    let hero = choices["heroes"][0]["id"].as_str().unwrap().to_string();
    let place = choices["places"][1]["id"].as_str().unwrap().to_string();
    let theme = choices["themes"][2]["id"].as_str().unwrap().to_string();
    let res = app
        .post(WRITE, Some(&child.access), json!({"language": "uz", "age": 5, "hero": hero, "place": place, "theme": theme, "length": "short"}))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let story = res.json();
    assert_eq!(story["source"], "offline");
    assert_eq!(story["status"], "private");
    assert_eq!(story["replaced"], false);
    assert!(story["paragraphs"].as_array().unwrap().len() >= 4);
    assert!((3..=5).contains(&story["questions"].as_array().unwrap().len()));
    assert!(!res.text.contains("\"correct\""), "no keys: {}", res.text);
    let path = format!("{WRITE}/{}", story["id"]);
    assert_eq!(
        app.get(&path, Some(&child.access)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.get(&path, Some(&parent.access)).await.status,
        StatusCode::OK
    );
    for stranger in [
        Some(other.access.as_str()),
        Some(other_parent.access.as_str()),
        None,
    ] {
        assert_eq!(app.get(&path, stranger).await.status, StatusCode::NOT_FOUND);
    }
    let shelf = app
        .get("/api/v1/smartkids/library?language=uz", None)
        .await
        .json();
    let on_shelf = shelf["stories"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["id"] == story["id"]);
    assert!(!on_shelf, "not on the public shelf");

    // A parent writes for their own child, not for someone else's.
    let mine = app
        .post(
            WRITE,
            Some(&parent.access),
            json!({"language": "ru", "age": "7-10", "length": "medium", "child": child.id}),
        )
        .await;
    assert_eq!(mine.status, StatusCode::CREATED, "{}", mine.text);
    assert!(mine.json()["paragraphs"].as_array().unwrap().len() >= 6);
    let theirs = app
        .post(
            WRITE,
            Some(&parent.access),
            json!({"language": "ru", "age": 8, "child": other.id}),
        )
        .await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    let teacher = app.teacher("Olga Ivanova", "olga@maktab.uz").await;
    let t = app
        .post(
            WRITE,
            Some(&teacher.access),
            json!({"language": "en", "age": 6}),
        )
        .await;
    assert_eq!(t.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_rude_or_personal_hero_name_gives_a_safe_story_and_a_friendly_notice() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    for (name, reason) in [("fuck", "rude"), ("+998 90 123 45 67", "personal")] {
        let res = app
            .post(
                WRITE,
                Some(&child.access),
                json!({"language": "en", "age": 6, "hero": name}),
            )
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
        let story = res.json();
        assert_eq!(story["replaced"], true);
        assert_eq!(story["reason"], reason);
        assert!(story["notice"].as_str().unwrap().len() > 10);
        assert!(!res.text.to_lowercase().contains(&name.to_lowercase()));
    }
    let named = app
        .post(
            WRITE,
            Some(&child.access),
            json!({"language": "uz", "age": 6, "name": "Aziz"}),
        )
        .await
        .json();
    assert_eq!(named["replaced"], false);
    assert!(named["paragraphs"].to_string().contains("Aziz"), "{named}");
}

#[tokio::test]
async fn bad_choices_are_refused_with_field_errors_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let cases = [
        (json!({"language": "de", "age": 6}), "language"),
        (json!({"language": "uz", "age": 40}), "age"),
        (json!({"language": "uz"}), "age"),
        (
            json!({"language": "uz", "age": 6, "length": "epic"}),
            "length",
        ),
        (
            json!({"language": "uz", "age": 6, "place": "mars-base"}),
            "place",
        ),
        (
            json!({"language": "ru", "age": 6, "decodable": true}),
            "decodable",
        ),
        (
            json!({"language": "uz", "age": 6, "decodable": true}),
            "decodable",
        ),
    ];
    for (body, field) in cases {
        let res = app.post(WRITE, Some(&child.access), body.clone()).await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}: {}",
            res.text
        );
        assert!(
            res.json()["error"]["fields"][field].is_string(),
            "{body}: {}",
            res.text
        );
    }
    let stories = app.count("kids_stories").await;
    let library: i64 = ["uz", "ru", "en"]
        .iter()
        .map(|l| kids::library::entries(kids::model::Lang::parse(l).unwrap()).len() as i64)
        .sum();
    assert!(
        stories == 0 || stories == library,
        "only the library: {stories}"
    );
}

#[tokio::test]
async fn a_child_who_learned_letters_in_harf_gets_a_story_made_only_of_them() {
    let app = TestApp::spawn().await;
    let (_, child) = app.family("ona@mail.uz", "Malika").await;
    let alphabet = alphabets::CONTENT.alphabet("uz").unwrap();
    let learned: Vec<&alphabets::Card> = alphabet.cards.iter().take(14).collect();
    for card in &learned {
        for (activity, result) in [
            ("listen", json!({"completed": true})),
            ("trace", json!({"coverage": 0.9, "outside": 0.1})),
            ("find", json!({"correct": 5, "total": 5})),
            ("first_sound", json!({"correct": 4, "total": 4})),
            ("listen_choose", json!({"correct": 3, "total": 5})),
        ] {
            let r = app
                .post(
                    &format!("/api/v1/harf/cards/{}/activities/{activity}", card.id),
                    Some(&child.access),
                    result,
                )
                .await;
            assert_eq!(
                r.status,
                StatusCode::OK,
                "{} {activity}: {}",
                card.id,
                r.text
            );
        }
    }
    let res = app
        .post(
            WRITE,
            Some(&child.access),
            json!({"language": "uz", "age": 5, "decodable": true}),
        )
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text);
    let letters: Vec<String> = learned.iter().map(|c| c.lower.clone()).collect();
    for p in res.json()["paragraphs"].as_array().unwrap() {
        for word in p
            .as_str()
            .unwrap()
            .split(|c: char| !c.is_alphabetic() && c != 'ʻ' && c != 'ʼ')
            .filter(|w| !w.is_empty())
        {
            let w = word.to_lowercase();
            assert!(
                kids::compose::split_letters(&w, &letters).is_some(),
                "«{w}» uses a letter not learned"
            );
        }
    }
}
