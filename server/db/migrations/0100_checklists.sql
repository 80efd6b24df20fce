-- Checklist templates for supervisors' store visits (issue 10). Versioned
-- like notices: a published version and its items are only ever inserted,
-- never edited; a correction is a new version, and a visit records the
-- version it used. Each item names the category a failure is filed under.
CREATE TABLE checklists (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);

CREATE TABLE checklist_versions (
  checklist_id TEXT NOT NULL REFERENCES checklists (id),
  version INTEGER NOT NULL CHECK (version > 0),
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  published_by INTEGER REFERENCES users (id),
  published_at TEXT NOT NULL,
  PRIMARY KEY (checklist_id, version)
);

CREATE TABLE checklist_items (
  checklist_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  label_zh TEXT NOT NULL,
  label_en TEXT NOT NULL,
  category_id TEXT NOT NULL REFERENCES categories (id),
  PRIMARY KEY (checklist_id, version, item_id),
  FOREIGN KEY (checklist_id, version) REFERENCES checklist_versions (checklist_id, version)
);
