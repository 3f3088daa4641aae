-- Stories teachers write (docs/kids.md, "Teachers' stories"): what the author typed, kept so
-- the story can be edited while it waits, and why a moderator declined it.
ALTER TABLE kids_stories ADD COLUMN markdown TEXT;
ALTER TABLE kids_stories ADD COLUMN questions_text TEXT;
ALTER TABLE kids_stories ADD COLUMN review_note TEXT;

-- A story's assignments, for deleting and for the readings of an assigned story.
CREATE INDEX kids_assignments_story ON kids_assignments (story_id);
-- A story's readings by child, for a class's table.
CREATE INDEX kids_readings_story_child ON kids_readings (story_id, child_id);
