//! Kernel pieces that need a database or Redis: the job runner and the Redis bus. SQLite by
//! default; PostgreSQL when `ALIF24_TEST_DATABASE_URL` is set; the Redis tests run when
//! `ALIF24_TEST_REDIS_URL` is set and say they were skipped otherwise.

mod bus;
mod job_metrics;
mod jobs;
mod support;
