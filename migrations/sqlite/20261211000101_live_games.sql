-- Live quiz games, their players and their answers (docs/live.md § Data). A game keeps the
-- questions as they were when it was created; it is saved each time a question closes.
CREATE TABLE live_games (
    id INTEGER PRIMARY KEY,
    pin TEXT NOT NULL,
    host_id INTEGER NOT NULL REFERENCES users (id),
    test_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    mode TEXT NOT NULL,
    show_on_phone INTEGER NOT NULL,
    seconds INTEGER NOT NULL,
    items TEXT NOT NULL,
    state TEXT NOT NULL,
    closed_questions INTEGER NOT NULL,
    owner TEXT,
    lease_until INTEGER,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    ended_at INTEGER
);
CREATE UNIQUE INDEX live_games_open_pin ON live_games (pin) WHERE state <> 'over';
CREATE INDEX live_games_host ON live_games (host_id, created_at);

CREATE TABLE live_players (
    game_id INTEGER NOT NULL REFERENCES live_games (id),
    player_no INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    resume_hash TEXT NOT NULL,
    score INTEGER NOT NULL,
    streak INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    total_ms INTEGER NOT NULL,
    kicked INTEGER NOT NULL,
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (game_id, player_no),
    UNIQUE (game_id, name_key)
);
CREATE INDEX live_players_user ON live_players (user_id);

CREATE TABLE live_answers (
    game_id INTEGER NOT NULL REFERENCES live_games (id),
    question INTEGER NOT NULL,
    player_no INTEGER NOT NULL,
    choice TEXT NOT NULL,
    credit REAL NOT NULL,
    response_ms INTEGER NOT NULL,
    points INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    PRIMARY KEY (game_id, question, player_no)
);
