//! Tests: family.
