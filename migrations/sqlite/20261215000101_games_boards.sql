-- Who may see a child on the games' leaderboards (docs/games.md § Leaderboards), set by a
-- parent. No row: the child's class and organisation boards only.
CREATE TABLE game_board_privacy (
    child_id INTEGER PRIMARY KEY REFERENCES users (id),
    -- 'hidden' (no board), 'class' (class and organisation) or 'public' (also region, country)
    visibility TEXT NOT NULL,
    set_by INTEGER NOT NULL REFERENCES users (id),
    updated_at INTEGER NOT NULL
);
