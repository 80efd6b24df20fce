-- The accounts a case must never be shown to (conflict of interest, issue
-- 13). Rows are added when text is written (intake, a reporter's follow-up,
-- an internal note) and never removed: a later change to the store's
-- supervisor cannot un-hide an old report.
CREATE TABLE case_hidden_from (
  feedback_id TEXT NOT NULL REFERENCES feedback (id),
  user_id INTEGER NOT NULL REFERENCES users (id),
  reason TEXT NOT NULL CHECK (reason IN ('store_supervisor', 'named')),
  added_at TEXT NOT NULL,
  PRIMARY KEY (feedback_id, user_id)
);
CREATE INDEX case_hidden_from_user ON case_hidden_from (user_id);
