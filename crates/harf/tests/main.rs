//! Integration tests of Harf.

mod api;
mod pages;
