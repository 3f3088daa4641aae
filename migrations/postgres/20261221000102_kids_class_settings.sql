-- A teacher's choice for a class in MathKids: whole solutions off while the class does homework
-- (docs/kids.md). No row: allowed.
CREATE TABLE kids_class_settings (
    class_id BIGINT PRIMARY KEY,
    full_solutions BIGINT NOT NULL,
    set_by BIGINT NOT NULL REFERENCES users (id),
    updated_at BIGINT NOT NULL
);
