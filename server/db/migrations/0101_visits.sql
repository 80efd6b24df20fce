-- Supervisors' store visits (issue 10). `id` is the client-made UUID, the
-- idempotency key, so a visit queued offline is stored once however often
-- it is sent. `started_day` is the China date of `started_at`: campaigns
-- count by it, and comparing TEXT dates needs no date functions.
CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  payload_hash TEXT NOT NULL,
  store_code TEXT NOT NULL REFERENCES stores (code),
  type TEXT NOT NULL CHECK (type IN ('inspection', 'training', 'recheck', 'support')),
  user_id INTEGER NOT NULL REFERENCES users (id),
  started_at TEXT NOT NULL,
  started_day TEXT NOT NULL,
  received_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  checklist_id TEXT,
  checklist_version INTEGER,
  training_topic TEXT,
  training_attendees INTEGER,
  training_acknowledged_by TEXT,
  recheck_case_id TEXT REFERENCES feedback (id),
  recheck_rectified INTEGER CHECK (recheck_rectified IN (0, 1)),
  FOREIGN KEY (checklist_id, checklist_version) REFERENCES checklist_versions (checklist_id, version)
);
CREATE INDEX visits_store ON visits (store_code, started_at DESC);
CREATE INDEX visits_day ON visits (started_day, type, store_code);
CREATE INDEX visits_recheck_case ON visits (recheck_case_id);

-- One row per checklist item answered on an inspection. Keyed by visit and
-- item, so a later table (photos of an item) can point at one answer.
CREATE TABLE visit_results (
  visit_id TEXT NOT NULL REFERENCES visits (id),
  item_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'fixed')),
  note TEXT NOT NULL DEFAULT '',
  case_id TEXT REFERENCES feedback (id),
  PRIMARY KEY (visit_id, item_id)
);
