//! The test modules; `common` holds the generator, the independent arithmetic and the step checks.

mod column;
mod common;
mod compare;
mod decimal;
mod equation;
mod examples;
mod expression;
mod fraction;
mod percent;
mod refused;
mod similar;
mod spoken;
mod units;
