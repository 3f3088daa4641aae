//! JSON calls for seeding: one keep-alive connection, each answer checked.

use std::net::SocketAddr;

use anyhow::{bail, Context};
use serde_json::Value;

use crate::http::{self, Conn};

/// A JSON API client over one connection.
pub struct Api {
    conn: Conn,
}

impl Api {
    pub fn new(addr: SocketAddr) -> Self {
        Api {
            conn: Conn::new(addr),
        }
    }

    /// Any call: the status and the body as JSON (`Null` when it is empty or not JSON).
    pub async fn call(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&Value>,
    ) -> anyhow::Result<(u16, Value)> {
        let text = body.map(|b| b.to_string());
        let mut all = vec![("Accept", "application/json")];
        if text.is_some() {
            all.push(("Content-Type", "application/json"));
        }
        all.extend_from_slice(headers);
        let req = http::request(method, path, &all, text.as_deref().map(str::as_bytes));
        let p = self
            .conn
            .send(&req, true)
            .await
            .with_context(|| format!("{method} {path}"))?;
        let json = serde_json::from_slice(&p.body).unwrap_or(Value::Null);
        Ok((p.status, json))
    }

    /// A call that must answer `expected`; its JSON body.
    pub async fn expect(
        &mut self,
        expected: u16,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> anyhow::Result<Value> {
        let auth = token.map(|t| format!("Bearer {t}"));
        let headers: Vec<(&str, &str)> = auth
            .as_deref()
            .map(|a| vec![("Authorization", a)])
            .unwrap_or_default();
        let (status, json) = self.call(method, path, &headers, body.as_ref()).await?;
        if status != expected {
            bail!("{method} {path}: expected {expected}, got {status}: {json}");
        }
        Ok(json)
    }
}

/// The bearer header value of a token.
pub fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}
