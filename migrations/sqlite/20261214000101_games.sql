-- Game rounds and progress (docs/games.md). A round starts on the server with a seed; the page
-- sends its input log when the round ends, and the server keeps the score of its own replay.
CREATE TABLE game_rounds (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    game TEXT NOT NULL,
    level INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    config TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    finished_at INTEGER,
    claimed_score INTEGER,
    score INTEGER,
    stars INTEGER,
    passed INTEGER,
    coins INTEGER,
    -- The page claimed another score than the replay found: for moderators.
    mismatch INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX game_rounds_user ON game_rounds (user_id, game, finished_at);
CREATE INDEX game_rounds_game ON game_rounds (game, finished_at);
CREATE INDEX game_rounds_mismatch ON game_rounds (finished_at) WHERE mismatch = 1;

-- Best result per level of each game, per child.
CREATE TABLE game_levels (
    user_id INTEGER NOT NULL REFERENCES users (id),
    game TEXT NOT NULL,
    level INTEGER NOT NULL,
    best_score INTEGER NOT NULL,
    stars INTEGER NOT NULL,
    passed INTEGER NOT NULL,
    plays INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, game, level)
);
