//! HTTP of SmartKids and MathKids: the JSON API and the pages.

pub mod api_assignments;
pub mod api_authoring;
pub mod api_family;
pub mod api_mathkids;
pub mod api_readings;
pub mod api_recordings;
pub mod api_reports;
pub mod api_stories;
pub mod pages_author;
pub mod pages_child;
pub mod pages_class;
pub mod pages_mathkids;
pub mod pages_moderation;
pub mod pages_smartkids;
pub mod pages_story;
