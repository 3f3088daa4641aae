//! Reading the `Cookie` header and writing `Set-Cookie` values.

use axum::http::HeaderMap;

pub const ACCESS: &str = "alif24_at";
pub const REFRESH: &str = "alif24_rt";
pub const LANG: &str = "alif24_lang";
pub const CSRF: &str = "alif24_csrf";

/// The value of cookie `name`, if the request sent it.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim_matches('"').to_string())
        .filter(|v| !v.is_empty())
}

/// How a cookie is set.
#[derive(Clone, Copy, Debug)]
pub struct CookieSpec {
    /// Hidden from scripts (tokens) or readable (the CSRF token, the language).
    pub http_only: bool,
    pub secure: bool,
    pub max_age_s: i64,
}

/// A `Set-Cookie` header value; `SameSite=Lax` and `Path=/` always.
pub fn set(name: &str, value: &str, spec: CookieSpec) -> String {
    let mut c = format!(
        "{name}={value}; Path=/; Max-Age={}; SameSite=Lax",
        spec.max_age_s
    );
    if spec.http_only {
        c.push_str("; HttpOnly");
    }
    if spec.secure {
        c.push_str("; Secure");
    }
    c
}

/// A `Set-Cookie` value that removes the cookie.
pub fn clear(name: &str, secure: bool) -> String {
    set(
        name,
        "",
        CookieSpec {
            http_only: true,
            secure,
            max_age_s: 0,
        },
    )
}

/// The client's `User-Agent`, for naming login sessions.
pub fn user_agent(headers: &HeaderMap) -> String {
    headers
        .get(axum::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .chars()
        .take(200)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_one_cookie_among_many() {
        let mut h = HeaderMap::new();
        h.insert("cookie", "a=1; alif24_lang=ru; b=2".parse().unwrap());
        assert_eq!(get(&h, LANG).as_deref(), Some("ru"));
        assert_eq!(get(&h, "c"), None);
    }
}
