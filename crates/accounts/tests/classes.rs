//! Tests: classes.
