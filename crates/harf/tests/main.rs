//! Integration tests of Harf.

mod api;
mod child_pages;
mod home;
mod pages;
mod skip;
