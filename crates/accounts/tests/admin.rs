//! Tests: admin.
