//! The `families` tables.
