-- Rewards: the coin shop. What each child owns (bought with coins from the ledger, which holds
-- the payment), and the colour theme they chose. The chosen avatar lives in `users.avatar`.
CREATE TABLE shop_owned (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    price INTEGER NOT NULL,
    acquired_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, item)
);

ALTER TABLE reward_accounts ADD COLUMN theme TEXT;
