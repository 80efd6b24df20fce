-- Case retention (issue 15): a case closed or rejected more than
-- RETENTION_DAYS ago loses its personal content (message, contact data,
-- messages, photos) and keeps its skeleton for the statistics. purged_at
-- says when that happened; NULL: the case still has its content. The
-- partial index keeps the sweep's "closed long ago, not purged" read cheap.
ALTER TABLE feedback ADD COLUMN purged_at TEXT;
CREATE INDEX feedback_closed_unpurged ON feedback (closed_at) WHERE purged_at IS NULL AND closed_at IS NOT NULL;
