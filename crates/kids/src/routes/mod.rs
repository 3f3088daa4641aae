//! HTTP of SmartKids and MathKids: the JSON API and the pages.

pub mod api_family;
pub mod api_mathkids;
pub mod api_readings;
pub mod api_recordings;
pub mod api_reports;
pub mod api_stories;
pub mod pages_mathkids;
pub mod pages_smartkids;
pub mod pages_story;
