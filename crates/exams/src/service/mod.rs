//! Use cases of the exams domain, shared by pages and the JSON API.

pub mod assign;
pub mod attempts;
pub mod bank;
pub mod exam_tests;
pub mod export;
pub mod import;
pub mod pay;
pub mod results;
pub mod stats;

use kernel::auth::{Principal, Role};
use kernel::{AppError, AppResult};

/// Teachers build and assign tests once approved.
pub fn require_teacher(who: &Principal) -> AppResult<()> {
    who.require_active(&[Role::Teacher])
}

/// 404 unless `owner_id` is the caller's: others' private things do not exist for them.
pub fn own(who: &Principal, owner_id: i64) -> AppResult<()> {
    if who.id == owner_id {
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}
