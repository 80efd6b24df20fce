-- Cases found on a supervisor's inspection (issue 10): the channel
-- 'inspection' joins qr/kiosk/web (and staff intake's hotline, letter,
-- visit and event, issue 11), and a case points at the visit that found it.
-- The list of channels lives in shared/enums.ts and every route validates
-- against it, so the column no longer repeats it in a CHECK.
-- SQLite cannot drop a CHECK constraint in place, and the
-- runner holds a transaction, where foreign keys cannot be switched off:
-- with foreign keys deferred, the old table is copied aside and dropped
-- (its children's references become violations), then recreated and
-- refilled (which clears them again) before the commit checks.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE feedback_copy AS SELECT * FROM feedback;
DROP TABLE feedback;

CREATE TABLE feedback (
  id TEXT PRIMARY KEY,
  receipt TEXT NOT NULL UNIQUE,
  payload_hash TEXT NOT NULL,
  store_code TEXT REFERENCES stores (code),
  kind TEXT NOT NULL,
  category_id TEXT NOT NULL REFERENCES categories (id),
  message TEXT NOT NULL,
  contact_name TEXT,
  contact_phone TEXT,
  anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
  channel TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'assigned', 'in_progress', 'resolved', 'closed', 'rejected')),
  assignee_id INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  due_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT,
  staff_updated_at TEXT,
  reporter_updated_at TEXT,
  visit_id TEXT REFERENCES visits (id)
);
INSERT INTO feedback (id, receipt, payload_hash, store_code, kind, category_id, message, contact_name, contact_phone,
  anonymous, channel, status, assignee_id, created_at, received_at, due_at, updated_at, closed_at, staff_updated_at,
  reporter_updated_at)
SELECT id, receipt, payload_hash, store_code, kind, category_id, message, contact_name, contact_phone,
  anonymous, channel, status, assignee_id, created_at, received_at, due_at, updated_at, closed_at, staff_updated_at,
  reporter_updated_at
FROM feedback_copy;
DROP TABLE feedback_copy;

-- The indexes of 0001, 0012 and 0042, as they were.
CREATE INDEX feedback_received ON feedback (received_at DESC);
CREATE INDEX feedback_store ON feedback (store_code, received_at DESC);
CREATE INDEX feedback_updated ON feedback (updated_at DESC);
CREATE INDEX feedback_status ON feedback (status, received_at DESC);
CREATE INDEX feedback_open_due ON feedback (due_at, store_code)
  WHERE status IN ('new', 'assigned', 'in_progress') AND kind <> 'praise';
CREATE INDEX feedback_new ON feedback (received_at, store_code) WHERE status = 'new' AND kind <> 'praise';
CREATE INDEX feedback_visit ON feedback (visit_id);
