-- Harf: each learner's best stars per card and activity.
CREATE TABLE harf_progress (
    user_id INTEGER NOT NULL REFERENCES users (id),
    card_id TEXT NOT NULL,
    activity TEXT NOT NULL,
    best_stars INTEGER NOT NULL,
    last_stars INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, card_id, activity)
);
