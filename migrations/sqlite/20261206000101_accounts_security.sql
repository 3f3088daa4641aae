-- Failed logins per account (or per unknown identifier), for the growing delay after the free
-- attempts; and the row every last-admin decision locks first.
CREATE TABLE login_throttles (
    throttle_key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    next_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX login_throttles_updated ON login_throttles (updated_at);

CREATE TABLE admin_guard (
    id BIGINT PRIMARY KEY,
    changed_at BIGINT NOT NULL
);
INSERT INTO admin_guard (id, changed_at) VALUES (1, 0);
