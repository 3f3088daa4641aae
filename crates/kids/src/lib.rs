//! SmartKids and MathKids: a library of stories, stories written on request (offline from
//! content files, or by an LLM when one is configured), reading aloud, talking about a story,
//! and a step-by-step math helper on [`mathsolve`]. Design in `docs/kids.md`.

pub mod compose;
pub mod model;
