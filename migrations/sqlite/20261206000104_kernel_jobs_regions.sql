-- Kernel: background jobs (queued jobs and the leases of periodic jobs), and the region and
-- district of users and organisations (codes from crates/kernel/content/regions.json).
-- Times are unix milliseconds (UTC) written by the application.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL,
    run_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    lease_owner TEXT,
    lease_until INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs (state, run_at);

CREATE TABLE job_leases (
    name TEXT PRIMARY KEY,
    owner TEXT,
    until_ms INTEGER NOT NULL
);

ALTER TABLE users ADD COLUMN region TEXT;
ALTER TABLE users ADD COLUMN district TEXT;
ALTER TABLE organizations ADD COLUMN region TEXT;
ALTER TABLE organizations ADD COLUMN district TEXT;
CREATE INDEX users_region ON users (region, district);
CREATE INDEX organizations_region ON organizations (region, district);
