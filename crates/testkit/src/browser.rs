//! A minimal browser for page tests: keeps cookies, sends forms with the CSRF token.

use std::collections::HashMap;

use axum::body::Body;
use axum::http::{header, Method, Request};

use crate::{TestApp, TestResponse};

pub struct Browser<'a> {
    app: &'a TestApp,
    cookies: HashMap<String, String>,
    /// Sent as `Accept-Language`.
    pub accept_language: Option<String>,
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            cookies: HashMap::new(),
            accept_language: None,
        }
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.get(name).map(String::as_str)
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&mut self, res: &TestResponse) {
        for c in res.set_cookies() {
            let first = c.split(';').next().unwrap_or("");
            if let Some((k, v)) = first.split_once('=') {
                if v.is_empty() || c.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), v.to_string());
                }
            }
        }
    }

    async fn send(&mut self, mut req: Request<Body>) -> TestResponse {
        let h = req.headers_mut();
        if !self.cookies.is_empty() {
            h.insert(
                header::COOKIE,
                self.cookie_header().parse().expect("cookie header"),
            );
        }
        if let Some(l) = &self.accept_language {
            h.insert(header::ACCEPT_LANGUAGE, l.parse().expect("language header"));
        }
        let res = self.app.send(req).await;
        self.keep_cookies(&res);
        res
    }

    /// `GET` a page.
    pub async fn get(&mut self, path: &str) -> TestResponse {
        self.send(
            Request::builder()
                .uri(path)
                .body(Body::empty())
                .expect("request"),
        )
        .await
    }

    /// Posts a form with the CSRF token this browser holds (fetching a page first if needed).
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        if self.cookie(kernel::cookies::CSRF).is_none() {
            self.get("/").await;
        }
        let token = self
            .cookie(kernel::cookies::CSRF)
            .unwrap_or_default()
            .to_string();
        let mut body: Vec<String> = vec![format!("_csrf={token}")];
        body.extend(fields.iter().map(|(k, v)| format!("{k}={}", encode(v))));
        self.post_raw(path, &body.join("&")).await
    }

    /// Posts a form body exactly as given (no token added).
    pub async fn post_raw(&mut self, path: &str, body: &str) -> TestResponse {
        let req = Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.to_string()))
            .expect("request");
        self.send(req).await
    }
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
