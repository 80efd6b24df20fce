-- Once-only alerts about a case (acknowledgement overdue, case overdue):
-- the sweep that raises them records each here, in the same transaction as
-- the outbox rows, so a case is alerted about once whatever the channels.
CREATE TABLE alert_marks (
  feedback_id TEXT NOT NULL REFERENCES feedback (id),
  event TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (feedback_id, event)
);
