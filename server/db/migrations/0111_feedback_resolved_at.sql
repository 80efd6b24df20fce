-- The buyer confirms the fix (issue 11): when a case was last resolved (the
-- confirmation window and the auto-close run from it), and whether the
-- reporter answered "not fixed" since, so the inbox can flag it.
ALTER TABLE feedback ADD COLUMN resolved_at TEXT;
ALTER TABLE feedback ADD COLUMN not_fixed INTEGER NOT NULL DEFAULT 0 CHECK (not_fixed IN (0, 1));
-- Cases resolved before this migration start their window now-ish: from
-- their last change.
UPDATE feedback SET resolved_at = updated_at WHERE status = 'resolved';
-- The auto-close sweep reads only resolved cases, oldest first.
CREATE INDEX feedback_resolved ON feedback (resolved_at) WHERE status = 'resolved';
