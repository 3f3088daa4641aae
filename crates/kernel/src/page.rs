//! What every server-rendered page needs: the translator, the caller, the CSRF token, the
//! header's navigation and asset URLs. Page structs embed a [`PageCtx`] as `ctx`.

use std::sync::Arc;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Redirect, Response};

use crate::assets::Assets;
use crate::auth::{Principal, RequestAuth, Role};
use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::i18n::{Lang, Tr};
use crate::module::Badge;
use crate::state::{AppState, NavItem};

#[derive(Clone)]
pub struct PageCtx {
    pub tr: Tr,
    pub user: Option<Principal>,
    pub csrf: String,
    /// Path and query of this page, for the language switcher's return.
    pub here: String,
    /// A one-off notice after a redirect (`?notice=key`), already translated.
    pub notice: Option<String>,
    /// The header's counters for the caller (a student's coins, say).
    pub badges: Vec<Badge>,
    /// The caller's chosen colour theme, for `<body data-theme>`; `None` is the default look.
    pub theme: Option<String>,
    nav: Vec<NavItem>,
    assets: Arc<Assets>,
    /// `ALIF24_PUBLIC_URL`, for the absolute links that shared previews need.
    origin: String,
}

impl PageCtx {
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    /// A message with one argument, the common case in templates.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.tr.ta(key, &[(name, value.to_string())])
    }

    pub fn lang(&self) -> &'static str {
        self.tr.lang.code()
    }

    pub fn languages(&self) -> [Lang; 3] {
        Lang::ALL
    }

    pub fn is_lang(&self, lang: &Lang) -> bool {
        self.tr.lang == *lang
    }

    pub fn asset(&self, path: &str) -> String {
        self.assets.url(path)
    }

    /// An absolute URL for a path of this site (Open Graph wants them).
    pub fn absolute(&self, path: impl AsRef<str>) -> String {
        format!("{}{}", self.origin, path.as_ref())
    }

    /// This page's own absolute URL, without its query.
    pub fn canonical(&self) -> String {
        self.absolute(self.here.split('?').next().unwrap_or("/"))
    }

    /// The Open Graph locale of the page's language, then the other two.
    pub fn og_locales(&self) -> (&'static str, Vec<&'static str>) {
        let of = |l: Lang| match l {
            Lang::Uz => "uz_UZ",
            Lang::Ru => "ru_RU",
            Lang::En => "en_GB",
        };
        let others = Lang::ALL
            .into_iter()
            .filter(|l| *l != self.tr.lang)
            .map(of)
            .collect();
        (of(self.tr.lang), others)
    }

    /// Header links for the signed-in caller.
    pub fn nav(&self) -> Vec<&NavItem> {
        let Some(user) = &self.user else {
            return Vec::new();
        };
        self.nav
            .iter()
            .filter(|n| n.roles.is_empty() || n.roles.contains(&user.role))
            .collect()
    }

    pub fn is_current(&self, href: &str) -> bool {
        let path = self.here.split('?').next().unwrap_or("");
        path == href || (href != "/" && path.starts_with(&format!("{href}/")))
    }

    pub fn has_role(&self, role: &str) -> bool {
        self.user.as_ref().is_some_and(|u| u.role.as_str() == role)
    }

    /// The signed-in user, for pages that already required one.
    pub fn me(&self) -> Result<&Principal, AppError> {
        self.user.as_ref().ok_or_else(AppError::unauthorized)
    }

    pub fn role_name(&self, role: &Role) -> String {
        self.t(&format!("role-{}", role.as_str()))
    }

    /// A moment's date in the page's language, Tashkent time: «7 декабря 2026».
    pub fn date(&self, ms: &i64) -> String {
        crate::dates::format_date(self.tr.lang, *ms)
    }

    /// A moment's date and time in the page's language, Tashkent time: «7 декабря 2026, 14:05».
    pub fn date_time(&self, ms: &i64) -> String {
        crate::dates::format_date_time(self.tr.lang, *ms)
    }

    /// A number of seconds in words: «2 минуты 5 секунд».
    pub fn duration(&self, seconds: &i64) -> String {
        crate::dates::format_duration(&self.tr, (*seconds).max(0) as u64)
    }
}

impl<S> FromRequestParts<S> for PageCtx
where
    AppState: axum::extract::FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let state = &<AppState as axum::extract::FromRef<S>>::from_ref(state);
        let lang = parts.extensions.get::<Lang>().copied().unwrap_or_default();
        let user = parts
            .extensions
            .get::<RequestAuth>()
            .and_then(|a| a.0.clone());
        let tr = Tr::new(state.i18n.clone(), lang).for_role(user.as_ref().map(|u| u.role));
        let notice = parts
            .uri
            .query()
            .and_then(|q| q.split('&').find_map(|p| p.strip_prefix("notice=")))
            .map(|k| format!("notice-{k}"))
            .filter(|k| state.i18n.has(lang, k))
            .map(|k| tr.t(&k));
        let mut badges = Vec::new();
        let mut theme = None;
        if let Some(u) = &user {
            for source in &state.badges {
                badges.extend(source.badge(state, u).await);
            }
            theme = crate::look::theme_for(state, u).await;
        }
        Ok(Self {
            tr,
            user,
            badges,
            theme,
            csrf: parts
                .extensions
                .get::<CsrfToken>()
                .map(|c| c.0.clone())
                .unwrap_or_default(),
            here: parts
                .uri
                .path_and_query()
                .map(|p| p.to_string())
                .unwrap_or_else(|| "/".into()),
            notice,
            nav: state.nav.clone(),
            assets: state.assets.clone(),
            origin: state.config.public_url.clone(),
        })
    }
}

/// Renders an askama page; a template error is a 500.
pub fn render(page: &impl Template) -> Result<Response, AppError> {
    page.render()
        .map(|html| Html(html).into_response())
        .map_err(AppError::internal)
}

/// After a form post: back to `to` with a notice key shown once.
pub fn redirect_with_notice(to: &str, notice: &str) -> Response {
    let sep = if to.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{to}{sep}notice={notice}")).into_response()
}

/// The error page, rendered in the base layout.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub ctx: PageCtx,
    pub status: u16,
    pub message: String,
    pub details: Vec<String>,
}

/// A `next=` target that stays on this site.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        // Browsers drop tabs and newlines from a URL (`/\t/evil.example` becomes
        // `//evil.example`), and a control character cannot go into a `Location` header.
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(|c| c.is_control() || c.is_whitespace()) =>
        {
            n.to_string()
        }
        _ => "/dashboard".to_string(),
    }
}

impl PageCtx {
    /// A context for pages rendered outside a handler (the error page).
    pub fn detached(
        state: &AppState,
        lang: Lang,
        user: Option<Principal>,
        csrf: String,
        here: String,
    ) -> Self {
        Self {
            tr: Tr::new(state.i18n.clone(), lang).for_role(user.as_ref().map(|u| u.role)),
            user,
            csrf,
            here,
            notice: None,
            badges: Vec::new(),
            theme: None,
            nav: state.nav.clone(),
            assets: state.assets.clone(),
            origin: state.config.public_url.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next(Some("/harf?x=1")), "/harf?x=1");
        assert_eq!(safe_next(None), "/dashboard");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            " //evil.example",
            "/ /x",
        ] {
            assert_eq!(safe_next(Some(bad)), "/dashboard", "{bad:?}");
        }
    }
}
