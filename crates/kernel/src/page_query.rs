//! One pagination shape for the API and the pages: `?page=2&per_page=20` in, [`Page`] out.
//!
//! [`PageQuery`] reads only its two parameters from the query string, so a handler can take it
//! beside its own filter extractor. Bad values are a 422 in our error envelope (an HTML page
//! outside `/api/`), never axum's plain-text rejection.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::Serialize;

use crate::error::{AppError, FieldError};

/// Items per page when the request does not say.
pub const DEFAULT_PER_PAGE: u32 = 20;
/// The most items one page may hold.
pub const MAX_PER_PAGE: u32 = 100;
/// Pages past this are refused, so `offset()` never overflows a database integer.
const MAX_PAGE: u32 = 1_000_000;

/// Which slice of a list the caller wants: `page` counts from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PageQuery {
    pub page: u32,
    pub per_page: u32,
}

impl Default for PageQuery {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

impl PageQuery {
    /// Reads `page` and `per_page` from a raw query string (other parameters are ignored); every
    /// bad value is reported, each under its own field.
    pub fn from_query(query: &str) -> Result<Self, AppError> {
        let mut out = Self::default();
        let mut problems = Vec::new();
        for (key, value) in crate::form::pairs(query.as_bytes()) {
            match key.as_str() {
                "page" => match parse_in(&value, 1, MAX_PAGE) {
                    Some(n) => out.page = n,
                    None => problems
                        .push(FieldError::new("page", "page-invalid-page").arg("max", MAX_PAGE)),
                },
                "per_page" => match parse_in(&value, 1, MAX_PER_PAGE) {
                    Some(n) => out.per_page = n,
                    None => problems.push(
                        FieldError::new("per_page", "page-invalid-per-page")
                            .arg("max", MAX_PER_PAGE),
                    ),
                },
                _ => {}
            }
        }
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(AppError::invalid(problems))
        }
    }

    /// SQL `LIMIT`.
    pub fn limit(&self) -> i64 {
        i64::from(self.per_page)
    }

    /// SQL `OFFSET`.
    pub fn offset(&self) -> i64 {
        i64::from(self.page - 1) * i64::from(self.per_page)
    }

    /// Wraps one page of rows fetched with `limit()`/`offset()` and the count of all rows.
    pub fn page<T>(&self, items: Vec<T>, total: i64) -> Page<T> {
        Page {
            items,
            page: self.page,
            per_page: self.per_page,
            total: total.max(0),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageQuery {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        PageQuery::from_query(parts.uri.query().unwrap_or(""))
    }
}

/// One page of a list, as the API returns it (`{"items":[…],"page":1,"per_page":20,"total":57}`)
/// and as a template draws it with its previous/next links.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: u32,
    pub per_page: u32,
    pub total: i64,
}

impl<T> Page<T> {
    /// How many pages the whole list fills (at least 1, so "page 1 of 1" reads right when empty).
    pub fn total_pages(&self) -> u32 {
        let per = i64::from(self.per_page.max(1));
        let pages = (self.total + per - 1) / per;
        pages.clamp(1, i64::from(u32::MAX)) as u32
    }

    pub fn prev_page(&self) -> Option<u32> {
        (self.page > 1).then(|| (self.page - 1).min(self.total_pages()))
    }

    pub fn next_page(&self) -> Option<u32> {
        (self.page < self.total_pages()).then_some(self.page + 1)
    }

    /// The query string of another page of the same list, keeping the caller's other
    /// parameters (filters, search): `href(query, 3)` → `?q=abc&page=3&per_page=20`.
    pub fn href(&self, current_query: &str, page: u32) -> String {
        let mut out = String::from("?");
        for pair in current_query.split('&').filter(|p| !p.is_empty()) {
            let key = pair.split('=').next().unwrap_or("");
            if key != "page" && key != "per_page" {
                out.push_str(pair);
                out.push('&');
            }
        }
        out.push_str(&format!("page={page}&per_page={}", self.per_page));
        out
    }

    /// The same page with each item transformed (rows into response types).
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            page: self.page,
            per_page: self.per_page,
            total: self.total,
        }
    }
}

fn parse_in(value: &str, min: u32, max: u32) -> Option<u32> {
    let value = value.trim();
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::StatusCode;

    #[test]
    fn defaults_to_the_first_page_of_twenty() {
        let q = PageQuery::from_query("").unwrap();
        assert_eq!(
            q,
            PageQuery {
                page: 1,
                per_page: 20
            }
        );
        assert_eq!((q.limit(), q.offset()), (20, 0));
        let q = PageQuery::from_query("status=open&page=3&per_page=50").unwrap();
        assert_eq!(
            (q.page, q.per_page, q.limit(), q.offset()),
            (3, 50, 50, 100)
        );
        let q = PageQuery::from_query("page=%32").unwrap();
        assert_eq!(q.page, 2);
    }

    #[test]
    fn bad_values_are_a_422_naming_each_field() {
        for query in [
            "page=0",
            "page=-1",
            "page=abc",
            "page=",
            "page=1.5",
            "page=99999999999",
        ] {
            let err = PageQuery::from_query(query).unwrap_err();
            assert_eq!(err.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
            assert_eq!(err.fields.len(), 1, "{query}");
            assert_eq!(err.fields[0].field, "page");
        }
        let err = PageQuery::from_query("page=0&per_page=101").unwrap_err();
        assert_eq!(err.code, "validation_failed");
        let fields: Vec<_> = err.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["page", "per_page"]);
        assert_eq!(err.fields[1].key, "page-invalid-per-page");
        assert!(PageQuery::from_query("per_page=0").is_err());
        assert!(PageQuery::from_query("per_page=100").is_ok());
    }

    #[test]
    fn a_page_knows_its_neighbours() {
        let q = PageQuery {
            page: 2,
            per_page: 20,
        };
        let page = q.page(vec![1, 2, 3], 57);
        assert_eq!(page.total_pages(), 3);
        assert_eq!((page.prev_page(), page.next_page()), (Some(1), Some(3)));
        let last = PageQuery {
            page: 3,
            per_page: 20,
        }
        .page(vec![1], 57);
        assert_eq!(last.next_page(), None);
        let empty = PageQuery::default().page(Vec::<u8>::new(), 0);
        assert_eq!(
            (empty.total_pages(), empty.prev_page(), empty.next_page()),
            (1, None, None)
        );
        let beyond = PageQuery {
            page: 9,
            per_page: 20,
        }
        .page(Vec::<u8>::new(), 57);
        assert_eq!(beyond.prev_page(), Some(3));
        assert_eq!(
            page.href("q=ali&page=2&per_page=20", 3),
            "?q=ali&page=3&per_page=20"
        );
        assert_eq!(page.href("", 1), "?page=1&per_page=20");
    }

    #[test]
    fn serialises_as_the_api_shape() {
        let page = PageQuery::default()
            .page(vec!["a"], 1)
            .map(|s| s.to_uppercase());
        assert_eq!(
            serde_json::to_value(&page).unwrap(),
            serde_json::json!({"items": ["A"], "page": 1, "per_page": 20, "total": 1})
        );
    }
}
