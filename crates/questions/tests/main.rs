//! Integration tests of the question engine: import and export formats, offline generators.

mod formats;
mod generate;
