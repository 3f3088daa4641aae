-- SmartKids (docs/kids.md): stories (the built-in library, stories written for a child, stories
-- teachers add), readings, reports to moderators, class assignments and parents' settings.
CREATE TABLE kids_stories (
    id INTEGER PRIMARY KEY,
    -- Built-in stories only: their id in the content file, unique per language.
    slug TEXT,
    language TEXT NOT NULL,
    -- '4-6' or '7-10'
    age TEXT NOT NULL,
    title TEXT NOT NULL,
    emoji TEXT NOT NULL,
    -- JSON: paragraphs, pictures, questions, talk, moral
    body TEXT NOT NULL,
    words INTEGER NOT NULL,
    -- 'library', 'offline', 'llm' or 'teacher'
    source TEXT NOT NULL,
    -- 'published' (everyone), 'private' (the child it was written for), 'awaiting_parent',
    -- 'pending' (a moderator has to look), 'rejected', 'hidden' (taken down after reports)
    status TEXT NOT NULL,
    author_id INTEGER REFERENCES users (id),
    child_id INTEGER REFERENCES users (id),
    -- The content's hash, so a changed built-in story is updated in place.
    hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    reviewed_by INTEGER REFERENCES users (id),
    reviewed_at INTEGER
);
CREATE UNIQUE INDEX kids_stories_slug ON kids_stories (language, slug);
CREATE INDEX kids_stories_status ON kids_stories (status, language, age);
CREATE INDEX kids_stories_child ON kids_stories (child_id, created_at);
CREATE INDEX kids_stories_author ON kids_stories (author_id, created_at);

-- One reading of a story by a child: speed, accuracy when speech recognition heard it, the
-- quiz score and the coins paid.
CREATE TABLE kids_readings (
    id INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL REFERENCES kids_stories (id),
    child_id INTEGER NOT NULL REFERENCES users (id),
    started_at INTEGER NOT NULL,
    read_ms INTEGER,
    wpm INTEGER,
    -- 0–100 when a recording was recognised
    accuracy INTEGER,
    -- JSON: missed and substituted words
    heard TEXT,
    quiz_score INTEGER,
    answers TEXT,
    coins INTEGER NOT NULL DEFAULT 0,
    finished_at INTEGER
);
CREATE INDEX kids_readings_child ON kids_readings (child_id, started_at);
CREATE INDEX kids_readings_story ON kids_readings (story_id);

CREATE TABLE kids_reports (
    id INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL REFERENCES kids_stories (id),
    reporter_id INTEGER NOT NULL REFERENCES users (id),
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    resolved_by INTEGER REFERENCES users (id),
    resolved_at INTEGER
);
CREATE UNIQUE INDEX kids_reports_once ON kids_reports (story_id, reporter_id);
CREATE INDEX kids_reports_open ON kids_reports (resolved_at, created_at);

CREATE TABLE kids_assignments (
    id INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL REFERENCES kids_stories (id),
    class_id INTEGER NOT NULL,
    teacher_id INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX kids_assignments_once ON kids_assignments (class_id, story_id);

-- A parent's choices for one child. No row: LLM stories shown at once, whole math solutions
-- allowed.
CREATE TABLE kids_settings (
    child_id INTEGER PRIMARY KEY REFERENCES users (id),
    approve_llm INTEGER NOT NULL,
    full_solutions INTEGER NOT NULL,
    set_by INTEGER NOT NULL REFERENCES users (id),
    updated_at INTEGER NOT NULL
);
