//! Step-by-step solutions a child can follow: the problem is parsed, solved with exact
//! arithmetic and explained step by step in Uzbek, Russian and English. Pure: no web, no
//! database.
