-- Campaigns (专项治理, issue 10): a name, a period of China dates, the
-- districts covered (JSON list; empty means the whole city) and targets.
CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  from_day TEXT NOT NULL,
  to_day TEXT NOT NULL,
  districts TEXT NOT NULL DEFAULT '[]',
  inspected_pct INTEGER,
  trained_pct INTEGER,
  created_by INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL
);
