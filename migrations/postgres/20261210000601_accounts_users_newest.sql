-- The admin's list of users, newest first, reads its page from this index instead of sorting
-- every account.
CREATE INDEX users_newest ON users (created_at, id);
