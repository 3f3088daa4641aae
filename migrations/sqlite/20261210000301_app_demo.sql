-- The demo seed (`alif24 seed --demo`): the accounts it made, so a database holding anyone
-- else is recognised as real and left alone, and the one row that says the demo is complete
-- (with the logins it printed, printed again on a second run).
CREATE TABLE demo_accounts (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE demo_seed (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seeded_at INTEGER NOT NULL,
    logins TEXT NOT NULL
);
