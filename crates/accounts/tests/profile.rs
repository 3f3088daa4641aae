//! Tests: profile.
