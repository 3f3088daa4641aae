//! The profile: name, avatar, language, password.
