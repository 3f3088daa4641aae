//! HTTP routes of Harf.

pub mod api;
pub mod card_page;
pub mod pages;
