//! What a request for a story says: the language, the age, the length, the writer's choices and
//! the hero's typed name, each checked into a field error or a value.

use kernel::auth::{Principal, Role};
use kernel::error::FieldError;
use kernel::{AppError, AppResult, AppState};
use serde::Deserialize;
use serde_json::Value;

use crate::compose;
use crate::model::{Age, Lang, Length};
use crate::safety;

/// The longest hero name a child may type.
pub const NAME_MAX: usize = 30;

#[derive(Debug, Deserialize)]
pub struct CreateInput {
    pub language: Option<String>,
    /// Years (4–11) or a band, "4-6" or "7-10".
    pub age: Option<Value>,
    /// One of the writer's heroes (an id), or a name the child typed.
    pub hero: Option<String>,
    /// A name for the hero, typed by the child.
    pub name: Option<String>,
    pub place: Option<String>,
    pub theme: Option<String>,
    pub length: Option<String>,
    #[serde(default)]
    pub decodable: bool,
    /// A parent's child, by Alif24 ID.
    pub child: Option<String>,
}

fn age_of(v: Option<&Value>) -> Result<Age, FieldError> {
    let bad = || FieldError::new("age", "smartkids-age-invalid");
    match v {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(y @ 3..=12) => Ok(Age::of_years(y as u32)),
            _ => Err(bad()),
        },
        Some(Value::String(s)) => match s.as_str() {
            "4-6" => Ok(Age::Young),
            "7-10" => Ok(Age::Older),
            s => s
                .parse::<u32>()
                .ok()
                .filter(|y| (3..=12).contains(y))
                .map(Age::of_years)
                .ok_or_else(bad),
        },
        _ => Err(FieldError::new("age", "field-required")),
    }
}

/// The request's language, age band and length.
pub struct Parsed {
    pub lang: Lang,
    pub age: Age,
    pub length: Length,
}

pub fn parse(input: &CreateInput) -> AppResult<Parsed> {
    let mut problems = kernel::error::Problems::default();
    let lang = problems.take(
        input
            .language
            .as_deref()
            .and_then(Lang::parse)
            .ok_or_else(|| FieldError::new("language", "smartkids-language-invalid")),
    );
    let age = problems.take(age_of(input.age.as_ref()));
    let length = problems.take(match input.length.as_deref() {
        None | Some("short") => Ok(Length::Short),
        Some("medium") => Ok(Length::Medium),
        Some(_) => Err(FieldError::new("length", "smartkids-length-invalid")),
    });
    if input.decodable && lang.is_some_and(|l| l != Lang::Uz) {
        problems.push(FieldError::new("decodable", "smartkids-decodable-uz-only"));
    }
    problems.finish()?;
    Ok(Parsed {
        lang: lang.expect("checked"),
        age: age.expect("checked"),
        length: length.expect("checked"),
    })
}

/// The child the story is for: the caller if a student, else a parent's named child.
pub async fn child_of(app: &AppState, who: &Principal, child: Option<&str>) -> AppResult<i64> {
    match who.role {
        Role::Student => Ok(who.id),
        Role::Parent => {
            let c = child
                .filter(|c| !c.trim().is_empty())
                .ok_or_else(|| AppError::field("child", "field-required"))?;
            Ok(kernel::relations::caller_or_child(app, who, Some(c))
                .await?
                .id)
        }
        _ => Err(AppError::forbidden()),
    }
}

/// A choice that must be one of the writer's ids.
pub fn known(
    field: &'static str,
    v: Option<&str>,
    ids: &[compose::Choice],
) -> AppResult<Option<String>> {
    match v.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(id) if ids.iter().any(|c| c.id == id) => Ok(Some(id.to_string())),
        Some(_) => Err(AppError::field(field, "smartkids-choice-unknown")),
    }
}

/// The hero as asked for: one of the writer's (`hero`), a typed name (`name`) the filter
/// accepted, or the filter's reason for refusing one (the story is then written without it).
#[derive(Default)]
pub struct Hero {
    pub hero: Option<String>,
    pub name: Option<String>,
    pub refused: Option<safety::Reason>,
}

/// Reads `hero` (an id or a typed name) and `name`.
pub fn hero(input: &CreateInput, heroes: &[compose::Choice]) -> Hero {
    let mut out = Hero::default();
    let mut typed = |text: &str| match safety::check_input(text, NAME_MAX) {
        Ok(clean) => out.name = Some(clean),
        Err(reason) => out.refused = Some(reason),
    };
    let trimmed = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    let mut id = None;
    match trimmed(&input.hero) {
        None => {}
        Some(h) if heroes.iter().any(|c| c.id == h) => id = Some(h),
        Some(h) => typed(&h),
    }
    if let Some(n) = trimmed(&input.name) {
        typed(&n);
    }
    out.hero = id;
    if out.refused.is_some() {
        out.name = None;
    }
    out
}
