//! Organisations: schools and learning centres and their members.
