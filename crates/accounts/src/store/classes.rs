//! The `classes` tables.
