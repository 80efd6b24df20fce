-- A CSRF token per session: every state-changing staff request must echo it
-- in X-CSRF-Token. Sessions from before this migration have none and fail
-- the check until their user logs in again.
ALTER TABLE sessions ADD COLUMN csrf_token TEXT NOT NULL DEFAULT '';
