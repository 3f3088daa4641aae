//! Integration tests of the public API: answers recomputed independently for several hundred
//! generated problems per kind, step integrity, refusals, similar problems, speech, examples.

mod suite;
