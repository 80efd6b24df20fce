-- Submissions that looked automated: the hidden honeypot field was filled,
-- or the form was sent faster than a person can fill it. They are answered
-- like any other (a bot learns nothing), kept apart from the cases, never
-- counted in the per-store figures, and deleted after 30 days. A person
-- caught by mistake is not lost: the text is here for staff to find.
CREATE TABLE feedback_quarantine (
  id TEXT PRIMARY KEY,
  reason TEXT NOT NULL CHECK (reason IN ('honeypot', 'too_fast')),
  store_code TEXT,
  payload TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX feedback_quarantine_received ON feedback_quarantine (received_at);
