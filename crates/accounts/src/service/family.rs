//! Families: parents create and link children, and see only their own.
