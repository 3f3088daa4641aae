-- Exams: question banks, tests, assignments to classes, attempts and answers.
-- `body` and `settings` hold JSON written by the application; times are unix milliseconds.
CREATE TABLE exam_images (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users (id),
    token TEXT NOT NULL,
    mime TEXT NOT NULL,
    bytes BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE exam_questions (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users (id),
    subject TEXT NOT NULL,
    grade INTEGER NOT NULL,
    topic TEXT NOT NULL,
    language TEXT NOT NULL,
    difficulty INTEGER NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    image_id INTEGER REFERENCES exam_images (id),
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX exam_questions_owner ON exam_questions (owner_id, subject, grade);

CREATE TABLE exam_tests (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    subject TEXT NOT NULL,
    grade INTEGER NOT NULL,
    language TEXT NOT NULL,
    settings TEXT NOT NULL,
    visibility TEXT NOT NULL,
    org_id INTEGER REFERENCES organizations (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX exam_tests_owner ON exam_tests (owner_id);
CREATE INDEX exam_tests_visibility ON exam_tests (visibility);

CREATE TABLE exam_test_questions (
    test_id INTEGER NOT NULL REFERENCES exam_tests (id),
    question_id INTEGER NOT NULL REFERENCES exam_questions (id),
    position INTEGER NOT NULL,
    points INTEGER NOT NULL,
    PRIMARY KEY (test_id, question_id)
);
CREATE INDEX exam_test_questions_question ON exam_test_questions (question_id);

CREATE TABLE exam_assignments (
    id INTEGER PRIMARY KEY,
    test_id INTEGER NOT NULL REFERENCES exam_tests (id),
    class_id INTEGER NOT NULL REFERENCES classes (id),
    teacher_id INTEGER NOT NULL REFERENCES users (id),
    opens_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX exam_assignments_class ON exam_assignments (class_id);
CREATE INDEX exam_assignments_test ON exam_assignments (test_id);

CREATE TABLE exam_attempts (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES exam_assignments (id),
    student_id INTEGER NOT NULL REFERENCES users (id),
    number INTEGER NOT NULL,
    layout TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    deadline_at INTEGER NOT NULL,
    submitted_at INTEGER,
    score REAL,
    max_score REAL NOT NULL,
    UNIQUE (assignment_id, student_id, number)
);
CREATE INDEX exam_attempts_student ON exam_attempts (student_id);

CREATE TABLE exam_answers (
    attempt_id INTEGER NOT NULL REFERENCES exam_attempts (id),
    question_id INTEGER NOT NULL REFERENCES exam_questions (id),
    answer TEXT NOT NULL,
    credit REAL,
    time_ms INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);
