//! SmartKids and MathKids through the real router.
