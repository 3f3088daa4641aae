-- Rewards: the append-only coin ledger and each user's running totals.
-- `day` is the Tashkent calendar day as a day number (days since 1970-01-01), for daily caps.
CREATE TABLE coin_ledger (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    amount INTEGER NOT NULL,
    source TEXT NOT NULL,
    reference TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    day INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX coin_ledger_user ON coin_ledger (user_id, created_at);
CREATE INDEX coin_ledger_cap ON coin_ledger (user_id, source, day);

CREATE TABLE reward_accounts (
    user_id INTEGER PRIMARY KEY REFERENCES users (id),
    balance INTEGER NOT NULL,
    xp INTEGER NOT NULL,
    streak_current INTEGER NOT NULL,
    streak_longest INTEGER NOT NULL,
    last_active_day INTEGER,
    updated_at INTEGER NOT NULL
);
