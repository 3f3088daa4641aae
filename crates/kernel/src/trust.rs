//! The pages that tell families who runs this server and what it does with their data: privacy
//! policy, terms, about and contact, in the three languages, linked from every page's footer;
//! and the web app manifest. The texts are Markdown under `crates/kernel/content/trust/<lang>/`,
//! where `{contact}` stands for the operator's address (`ALIF24_CONTACT_EMAIL`).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use crate::error::AppResult;
use crate::i18n::Lang;
use crate::markdown::SafeHtml;
use crate::module::Module;
use crate::page::{render, PageCtx};
use crate::routes::Routes;
use crate::state::AppState;

/// The trust pages and the manifest, as a module the app lists.
pub fn module() -> Module {
    Module::new("trust", |_| {
        Routes::default()
            .pages(
                Router::new()
                    .route("/privacy", get(privacy))
                    .route("/terms", get(terms))
                    .route("/about", get(about))
                    .route("/contact", get(contact)),
            )
            .ops(crate::manifest::router())
    })
}

/// One of the four documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doc {
    Privacy,
    Terms,
    About,
    Contact,
}

impl Doc {
    pub const ALL: [Doc; 4] = [Doc::Privacy, Doc::Terms, Doc::About, Doc::Contact];

    pub fn slug(self) -> &'static str {
        match self {
            Doc::Privacy => "privacy",
            Doc::Terms => "terms",
            Doc::About => "about",
            Doc::Contact => "contact",
        }
    }

    /// The Markdown source in a language.
    pub fn source(self, lang: Lang) -> &'static str {
        macro_rules! docs {
            ($lang:literal) => {
                match self {
                    Doc::Privacy => {
                        include_str!(concat!("../content/trust/", $lang, "/privacy.md"))
                    }
                    Doc::Terms => include_str!(concat!("../content/trust/", $lang, "/terms.md")),
                    Doc::About => include_str!(concat!("../content/trust/", $lang, "/about.md")),
                    Doc::Contact => {
                        include_str!(concat!("../content/trust/", $lang, "/contact.md"))
                    }
                }
            };
        }
        match lang {
            Lang::Uz => docs!("uz"),
            Lang::Ru => docs!("ru"),
            Lang::En => docs!("en"),
        }
    }
}

#[derive(Template)]
#[template(path = "trust/page.html")]
struct TrustPage {
    ctx: PageCtx,
    slug: &'static str,
    body: SafeHtml,
}

impl TrustPage {
    fn title_key(&self) -> &'static str {
        match self.slug {
            "privacy" => "trust-privacy-title",
            "terms" => "trust-terms-title",
            "about" => "trust-about-title",
            _ => "trust-contact-title",
        }
    }
}

/// The document in the page's language, with the contact filled in.
pub fn body(doc: Doc, ctx: &PageCtx, contact_email: Option<&str>) -> SafeHtml {
    let contact = match contact_email {
        Some(email) => format!("[{email}](mailto:{email})"),
        None => ctx.t("trust-contact-unset"),
    };
    crate::markdown::render(&doc.source(ctx.tr.lang).replace("{contact}", &contact))
}

async fn show(state: &AppState, ctx: PageCtx, doc: Doc) -> AppResult<Response> {
    let body = body(doc, &ctx, state.config.contact_email.as_deref());
    render(&TrustPage {
        ctx,
        slug: doc.slug(),
        body,
    })
}

async fn privacy(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    show(&state, ctx, Doc::Privacy).await
}

async fn terms(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    show(&state, ctx, Doc::Terms).await
}

async fn about(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    show(&state, ctx, Doc::About).await
}

async fn contact(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    show(&state, ctx, Doc::Contact).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_document_exists_in_every_language_and_names_the_contact() {
        for doc in Doc::ALL {
            for lang in Lang::ALL {
                let text = doc.source(lang);
                assert!(text.len() > 300, "{doc:?} in {lang:?} is written");
                assert!(
                    text.contains("{contact}"),
                    "{doc:?} in {lang:?} shows the contact"
                );
            }
        }
        for lang in Lang::ALL {
            let privacy = Doc::Privacy.source(lang);
            for cookie in [
                "alif24_at",
                "alif24_rt",
                "alif24_csrf",
                "alif24_lang",
                "alif24_dev",
            ] {
                assert!(privacy.contains(cookie), "{lang:?} privacy lists {cookie}");
            }
            assert!(privacy.contains("547"), "{lang:?} privacy names the law");
        }
    }

    #[test]
    fn uzbek_documents_use_the_proper_apostrophes() {
        for doc in Doc::ALL {
            for (n, line) in Doc::source(doc, Lang::Uz).lines().enumerate() {
                // Code spans (cookie names) are not Uzbek.
                let line: String = line.split('`').step_by(2).collect();
                assert!(
                    !line.contains(['\'', '‘', '’']),
                    "{}:{}: use ʻ (U+02BB) and ʼ (U+02BC): {line}",
                    doc.slug(),
                    n + 1
                );
            }
        }
    }
}
