-- Harf: each learner's best stars per card and activity.
CREATE TABLE harf_progress (
    user_id BIGINT NOT NULL REFERENCES users (id),
    card_id TEXT NOT NULL,
    activity TEXT NOT NULL,
    best_stars BIGINT NOT NULL,
    last_stars BIGINT NOT NULL,
    attempts BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, card_id, activity)
);
