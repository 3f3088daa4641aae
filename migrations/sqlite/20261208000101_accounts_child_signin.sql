-- Easy sign-in for children: login cards (QR), picture passwords, sessions a parent opened,
-- and the notices a parent sees when someone keeps guessing a child's password.

-- A login card signs one child in when its link is opened; only the secret's SHA-256 is kept.
CREATE TABLE login_cards (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX login_cards_user ON login_cards (user_id);

-- The card a session was started with (its sessions end when it is revoked), and the parent
-- who opened a child's session on their own phone ("switch to my child").
ALTER TABLE auth_sessions ADD COLUMN login_card_id INTEGER;
ALTER TABLE auth_sessions ADD COLUMN opened_by INTEGER;
CREATE INDEX auth_sessions_login_card ON auth_sessions (login_card_id);

-- A sequence of pictures chosen by a parent, hashed like a password.
CREATE TABLE picture_passwords (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Failed sign-ins to a child's account per Tashkent day; `alerted_at` once a one-hour window
-- collected enough of them for the parent to be told, `seen_at` when the parent dismissed it.
CREATE TABLE signin_alerts (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    failures INTEGER NOT NULL,
    window_start INTEGER NOT NULL,
    window_failures INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    alerted_at INTEGER,
    seen_at INTEGER,
    PRIMARY KEY (user_id, day)
);
