//! Use cases of the exams domain, shared by pages and the JSON API.

pub mod assign;
pub mod attempts;
pub mod bank;
pub mod export;
pub mod import;
pub mod layout;
pub mod results;
pub mod stats;
pub mod tests;

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult};

/// Teachers build and assign tests once approved.
pub fn require_teacher(who: &Principal) -> AppResult<()> {
    who.require_active(&[Role::Teacher])
}

/// The grades a school has.
pub const GRADES: std::ops::RangeInclusive<i64> = 1..=11;

/// Subjects a bank is sorted by.
pub const SUBJECTS: [&str; 8] = [
    "math", "uzbek", "russian", "english", "reading", "science", "logic", "other",
];

pub fn parse_subject(s: Option<&str>) -> Result<String, kernel::error::FieldError> {
    match s.map(str::trim) {
        Some(v) if SUBJECTS.contains(&v) => Ok(v.to_string()),
        None | Some("") => Err(kernel::error::FieldError::new("subject", "field-required")),
        Some(_) => Err(kernel::error::FieldError::new("subject", "field-invalid")),
    }
}

pub fn parse_grade(g: Option<i64>) -> Result<i64, kernel::error::FieldError> {
    match g {
        Some(g) if GRADES.contains(&g) => Ok(g),
        None => Err(kernel::error::FieldError::new("grade", "field-required")),
        Some(_) => Err(kernel::error::FieldError::new("grade", "exams-field-grade")),
    }
}

/// 404 unless `owner_id` is the caller's: others' private things do not exist for them.
pub fn own(who: &Principal, owner_id: i64) -> AppResult<()> {
    if who.id == owner_id {
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}
