-- Held submissions become work a person can do (issue 13): a per-store
-- flood is held too (reason 'flood'), and so is an id whose receipt another
-- case has ('receipt_taken', so the answer is no existence oracle), and each keeps its receipt so the
-- reporter's /track look-up answers "under review" and a release makes the
-- case under that same receipt. SQLite cannot change a CHECK constraint in
-- place, so the table is rebuilt. Rows held before this migration have no
-- receipt stored; staff still see, release or discard them.
CREATE TABLE feedback_quarantine_v2 (
  id TEXT PRIMARY KEY,
  receipt TEXT,
  reason TEXT NOT NULL CHECK (reason IN ('honeypot', 'too_fast', 'flood', 'receipt_taken')),
  store_code TEXT,
  payload TEXT NOT NULL,
  received_at TEXT NOT NULL
);
INSERT INTO feedback_quarantine_v2 (id, reason, store_code, payload, received_at)
  SELECT id, reason, store_code, payload, received_at FROM feedback_quarantine;
DROP TABLE feedback_quarantine;
ALTER TABLE feedback_quarantine_v2 RENAME TO feedback_quarantine;
CREATE INDEX feedback_quarantine_received ON feedback_quarantine (received_at);
CREATE UNIQUE INDEX feedback_quarantine_receipt ON feedback_quarantine (receipt);
