-- Devices an account has logged in from: a login from one of them skips the account's
-- growing delay after failed attempts, so a guesser elsewhere cannot lock the owner out. One
-- device (a family's tablet) may be known to several accounts.
CREATE TABLE known_devices (
    token_hash TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL,
    PRIMARY KEY (token_hash, user_id)
);
CREATE INDEX known_devices_user ON known_devices (user_id);
