//! A teacher gives a class a story: the class's students find it on their shelf, the teacher
//! sees who read it and who has not; other teachers cannot see or touch the class.

use axum::http::{Method, StatusCode};
use serde_json::json;
use testkit::TestApp;

use crate::authoring_support::{page, publish, read, signed_in, write};

#[tokio::test]
async fn the_class_gets_the_story_on_its_shelf_and_the_teacher_sees_who_read_it() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Dilnoza Karimova", "dilnoza@maktab.uz").await;
    let moderator = app.moderator("moderator@alif24.uz").await;
    let (class_id, students) = app.class_with_students(&teacher, "2-A", 2).await;
    let story = write(&app, &teacher, "Sinf uchun ertak").await;
    let assign = json!({"story_id": story, "class_id": class_id});
    // Pending: not yet something to give a class.
    let early = app
        .post(
            "/api/v1/smartkids/assignments",
            Some(&teacher.access),
            assign.clone(),
        )
        .await;
    assert_eq!(
        early.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        early.text
    );
    publish(&app, &moderator, story).await;
    let first = app
        .post(
            "/api/v1/smartkids/assignments",
            Some(&teacher.access),
            assign.clone(),
        )
        .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    let again = app
        .post(
            "/api/v1/smartkids/assignments",
            Some(&teacher.access),
            assign.clone(),
        )
        .await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json()["id"], first.json()["id"]);
    assert_eq!(app.count("kids_assignments").await, 1);

    // The class's students see it above the library; a child outside the class does not.
    for s in &students {
        let shelf = app
            .get("/api/v1/smartkids/assigned", Some(&s.access))
            .await
            .json();
        assert_eq!(shelf["stories"][0]["id"], story);
    }
    let mut b = signed_in(&app, &students[0].id).await;
    let hub = page(&mut b, "/smartkids").await;
    let shelf = hub.find("data-from-teacher").expect("the teacher's shelf");
    assert!(shelf < hub.find("sk-young-h").unwrap(), "above the library");
    assert!(hub[shelf..].contains(&format!("href=\"/smartkids/stories/{story}\"")));
    let (_, outsider) = app.family("ona@mail.uz", "Malika").await;
    let mut o = signed_in(&app, &outsider.id).await;
    assert!(!page(&mut o, "/smartkids")
        .await
        .contains("data-from-teacher"));

    // The table: nobody has read it; then the first student reads it.
    let path = format!("/api/v1/smartkids/classes/{class_id}/readings");
    let table = app.get(&path, Some(&teacher.access)).await.json();
    assert_eq!(table["stories"][0]["not_read"].as_array().unwrap().len(), 2);
    read(&app, &students[0], story).await;
    let table = app.get(&path, Some(&teacher.access)).await.json();
    let row = &table["stories"][0];
    assert_eq!(row["story_id"], story);
    assert_eq!(row["read"][0]["student"]["id"], students[0].id);
    assert_eq!(row["read"][0]["quiz_score"], 100);
    assert!(row["read"][0]["finished_at"].is_i64());
    assert_eq!(row["not_read"].as_array().unwrap().len(), 1);
    assert_eq!(row["not_read"][0]["id"], students[1].id);
    let mut t = signed_in(&app, "dilnoza@maktab.uz").await;
    let html = page(&mut t, &format!("/smartkids/classes/{class_id}")).await;
    assert!(html.contains(&format!("data-read=\"{}\"", students[0].id)));
    assert!(
        html.contains(&format!("data-student=\"{}\"", students[1].id)),
        "who has not read it"
    );
    assert!(
        html.contains("data-assign") && html.contains("<optgroup"),
        "the picker"
    );
    assert!(page(&mut t, "/smartkids/author")
        .await
        .contains(&format!("/smartkids/classes/{class_id}")));

    // Taken back, it leaves the shelf.
    let id = first.json()["id"].as_i64().unwrap();
    let del = app
        .api(
            Method::DELETE,
            &format!("/api/v1/smartkids/assignments/{id}"),
            Some(&teacher.access),
            None,
        )
        .await;
    assert_eq!(del.status, StatusCode::NO_CONTENT);
    let shelf = app
        .get("/api/v1/smartkids/assigned", Some(&students[0].access))
        .await
        .json();
    assert!(shelf["stories"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn another_teacher_gets_404_for_the_class() {
    let app = TestApp::spawn().await;
    let teacher = app.teacher("Ustoz", "ustoz@maktab.uz").await;
    let other = app.teacher("Boshqa", "boshqa@maktab.uz").await;
    let (class_id, students) = app.class_with_students(&teacher, "3-B", 1).await;
    let shelf = app
        .get("/api/v1/smartkids/library?language=uz", None)
        .await
        .json();
    let story = shelf["stories"][0]["id"].as_i64().unwrap();
    let assign = json!({"story_id": story, "class_id": class_id});
    let res = app
        .post(
            "/api/v1/smartkids/assignments",
            Some(&other.access),
            assign.clone(),
        )
        .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    let readings = format!("/api/v1/smartkids/classes/{class_id}/readings");
    assert_eq!(
        app.get(&readings, Some(&other.access)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&readings, Some(&students[0].access)).await.status,
        StatusCode::FORBIDDEN
    );
    let mut b = signed_in(&app, "boshqa@maktab.uz").await;
    assert_eq!(
        b.get(&format!("/smartkids/classes/{class_id}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let res = app
        .post(
            "/api/v1/smartkids/assignments",
            Some(&teacher.access),
            assign,
        )
        .await;
    assert_eq!(
        res.status,
        StatusCode::CREATED,
        "a library story may be given too"
    );
    let id = res.json()["id"].as_i64().unwrap();
    let del = app
        .api(
            Method::DELETE,
            &format!("/api/v1/smartkids/assignments/{id}"),
            Some(&other.access),
            None,
        )
        .await;
    assert_eq!(del.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("kids_assignments").await, 1);
}
