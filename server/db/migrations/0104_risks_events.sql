-- The centre's risk library (风险库) and event library (事件库), issue 10.
-- Like notices, each keeps every version it ever had: the first row is
-- version 1 and a change is a new version, never an edit.
CREATE TABLE risks (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL
);
CREATE TABLE risk_versions (
  risk_id INTEGER NOT NULL REFERENCES risks (id),
  version INTEGER NOT NULL CHECK (version > 0),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high')),
  owner TEXT NOT NULL,
  controls TEXT NOT NULL,
  review_by TEXT NOT NULL,
  -- JSON list of category ids.
  category_ids TEXT NOT NULL,
  created_by INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (risk_id, version)
);

-- "field_events" rather than "events": feedback_events is the case timeline.
CREATE TABLE field_events (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL
);
CREATE TABLE field_event_versions (
  event_id INTEGER NOT NULL REFERENCES field_events (id),
  version INTEGER NOT NULL CHECK (version > 0),
  title TEXT NOT NULL,
  occurred_on TEXT NOT NULL,
  -- JSON lists of station codes and case ids.
  store_codes TEXT NOT NULL,
  case_ids TEXT NOT NULL,
  follow_up TEXT NOT NULL,
  created_by INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (event_id, version)
);
