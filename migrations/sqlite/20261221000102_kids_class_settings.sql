-- A teacher's choice for a class in MathKids: whole solutions off while the class does homework
-- (docs/kids.md). No row: allowed.
CREATE TABLE kids_class_settings (
    class_id INTEGER PRIMARY KEY,
    full_solutions INTEGER NOT NULL,
    set_by INTEGER NOT NULL REFERENCES users (id),
    updated_at INTEGER NOT NULL
);
