-- When staff last acted on a case and when the reporter last wrote, so the
-- inbox can flag "the reporter wrote since we last answered".
ALTER TABLE feedback ADD COLUMN staff_updated_at TEXT;
ALTER TABLE feedback ADD COLUMN reporter_updated_at TEXT;
UPDATE feedback SET reporter_updated_at =
  (SELECT MAX(m.created_at) FROM feedback_messages m WHERE m.feedback_id = feedback.id AND m.author = 'reporter');
CREATE INDEX feedback_updated ON feedback (updated_at DESC);
CREATE INDEX feedback_status ON feedback (status, received_at DESC);
