-- Tests pay coins by score: the coins an attempt paid (NULL until its score may be shown and
-- it is settled). Attempts graded before this change were paid for finishing: settled at 0.
ALTER TABLE exam_attempts ADD COLUMN coins INTEGER;
UPDATE exam_attempts SET coins = 0 WHERE submitted_at IS NOT NULL;
