//! Harf's pages for a child who cannot read yet: headings, named progress bars, and a locked
//! letter that says which letter to finish first.

use testkit::TestApp;

async fn child(app: &TestApp) -> testkit::Browser<'_> {
    let mut b = app.browser();
    b.post_form(
        "/register",
        &[
            ("role", "student"),
            ("name", "Bola"),
            ("email", "bola@mail.uz"),
            ("password", "secret pass 1"),
        ],
    )
    .await;
    b
}

#[tokio::test]
async fn a_locked_letter_points_to_the_letter_to_finish_first() {
    let app = TestApp::spawn().await;
    let mut b = child(&app).await;
    let page = b.get("/harf/uz").await.text;
    assert!(
        page.contains("data-locked href=\"#harf-locked\"")
            || page.contains("href=\"#harf-locked\" data-locked")
    );
    assert!(
        page.contains("B harfi hali yopiq"),
        "a locked tile names itself"
    );
    assert!(page.contains("id=\"harf-locked\""));
    assert!(page.contains("Avval A harfini tugat."));
    assert!(page.contains("href=\"/harf/uz/uz-a\" data-locked-go"));
}

#[tokio::test]
async fn the_card_has_a_heading_a_hidden_instruction_speaker_and_a_modal_celebration() {
    let app = TestApp::spawn().await;
    let mut b = child(&app).await;
    let page = b.get("/harf/ru/ru-a").await.text;
    assert!(
        page.contains("<h1 class=\"sr-only\">А а harfi</h1>"),
        "{page}"
    );
    assert!(
        page.contains("data-say-hint hidden"),
        "hidden until a voice is known"
    );
    assert!(page.contains("data-next-label"));
    assert!(page.contains("aria-modal=\"true\""));
}

#[tokio::test]
async fn progress_bars_have_a_name_and_a_value() {
    let app = TestApp::spawn().await;
    let mut b = child(&app).await;
    let page = b.get("/harf").await.text;
    assert_eq!(page.matches("role=\"progressbar\"").count(), 3);
    assert!(page.contains("aria-label=\"Oʻrganilgan harflar: "));
    assert!(page.contains("aria-valuenow=\"0\""));
}
