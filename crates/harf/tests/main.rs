//! Integration tests of Harf.

mod api;
mod home;
mod pages;
mod skip;
