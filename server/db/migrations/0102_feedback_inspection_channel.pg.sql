-- PostgreSQL spelling of 0102: it drops a CHECK and adds a column in place,
-- where SQLite has to rebuild the table. The channel list lives in
-- shared/enums.ts (the CHECK of 0001 is named feedback_channel_check).
ALTER TABLE feedback DROP CONSTRAINT IF EXISTS feedback_channel_check;
ALTER TABLE feedback ADD COLUMN visit_id TEXT REFERENCES visits (id);
CREATE INDEX feedback_visit ON feedback (visit_id);
