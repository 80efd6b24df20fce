-- PostgreSQL spelling of 0001_init.sql: the same tables, with the staff
-- accounts (and their sessions) created first, because PostgreSQL checks a
-- foreign key's table when the referencing table is created and SQLite only
-- when a row is written. Column types are translated as for every migration
-- (server/db/dialect.ts).

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'supervisor', 'viewer')),
  districts TEXT NOT NULL DEFAULT '[]',
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at TEXT NOT NULL
);

-- Only a hash of the session token is stored: a copy of the database does
-- not let anyone log in.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE stores (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  district TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  supervisor_name TEXT NOT NULL DEFAULT '',
  supervisor_phone TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX stores_district ON stores (district, code);

CREATE TABLE notices (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
);

CREATE TABLE categories (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('complaint', 'report', 'suggestion', 'praise')),
  label_zh TEXT NOT NULL,
  label_en TEXT NOT NULL,
  sla_days INTEGER NOT NULL CHECK (sla_days > 0),
  sort_order INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- One row per submission. `id` is the client-made UUID (the idempotency key);
-- `receipt` is derived from it. created_at is when the buyer pressed send
-- (a kiosk may deliver it later), received_at when the server stored it.
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
  channel TEXT NOT NULL CHECK (channel IN ('qr', 'kiosk', 'web')),
  status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'assigned', 'in_progress', 'resolved', 'closed', 'rejected')),
  assignee_id INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  due_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT
);
CREATE INDEX feedback_received ON feedback (received_at DESC);
CREATE INDEX feedback_store ON feedback (store_code, received_at DESC);
-- Overdue counts scan only open cases by deadline.
CREATE INDEX feedback_open_due ON feedback (due_at, store_code)
  WHERE status IN ('new', 'assigned', 'in_progress');

-- Everything said on a case after it was opened: staff replies (public or
-- internal) and the reporter's follow-ups.
CREATE TABLE feedback_messages (
  id INTEGER PRIMARY KEY,
  feedback_id TEXT NOT NULL REFERENCES feedback (id),
  author TEXT NOT NULL CHECK (author IN ('staff', 'reporter')),
  user_id INTEGER REFERENCES users (id),
  text TEXT NOT NULL,
  public INTEGER NOT NULL CHECK (public IN (0, 1)),
  created_at TEXT NOT NULL
);
CREATE INDEX feedback_messages_case ON feedback_messages (feedback_id, id);

-- The case timeline: who did what, when.
CREATE TABLE feedback_events (
  id INTEGER PRIMARY KEY,
  feedback_id TEXT NOT NULL REFERENCES feedback (id),
  user_id INTEGER REFERENCES users (id),
  type TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL
);
CREATE INDEX feedback_events_case ON feedback_events (feedback_id, id);

-- Per-store counters kept in the same transaction as every write, so the
-- per-store aggregate never scans the cases table. store_code '' stands for
-- "store not given".
CREATE TABLE feedback_counts (
  store_code TEXT NOT NULL,
  category_id TEXT NOT NULL,
  is_open INTEGER NOT NULL CHECK (is_open IN (0, 1)),
  n INTEGER NOT NULL,
  PRIMARY KEY (store_code, category_id, is_open)
) WITHOUT ROWID;
