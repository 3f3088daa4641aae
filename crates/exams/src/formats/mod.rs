//! Import and export of questions in the formats teachers already use.
