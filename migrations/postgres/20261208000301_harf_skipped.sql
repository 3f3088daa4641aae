-- Harf: an activity a learner's device could not play (no voice for a listening activity) is
-- marked skipped, so the card can still be learned without stars for it.
ALTER TABLE harf_progress ADD COLUMN skipped BIGINT NOT NULL DEFAULT 0;
