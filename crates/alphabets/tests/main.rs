//! Tests of the built-in alphabets: every picture word starts with its card's sound, and every
//! picture is one that phones from 2016 can draw.

mod emoji;
mod sounds;
