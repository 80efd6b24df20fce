-- Notices become versioned documents. `notices` keeps one row per document
-- (its place in the list and whether it is still shown); every published
-- text is a row of notice_versions, never edited afterwards, so the history
-- of what stores were told stays readable. Each version carries its scope
-- (all stores, one district or listed stores) and the date it takes effect.
CREATE TABLE notice_documents (
  id INTEGER PRIMARY KEY,
  -- A stable handle for the notices other parts look for (the poster prints
  -- the headline of 'compliance'); NULL for notices the centre adds.
  key TEXT UNIQUE,
  sort_order INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
);

-- The foundation seeded its three notices in this order: compliance,
-- responsible play, hotline.
INSERT INTO notice_documents (id, key, sort_order, active, created_at)
SELECT id,
  CASE WHEN sort_order = 0 THEN 'compliance' WHEN sort_order = 1 THEN 'responsible_play' WHEN sort_order = 2 THEN 'hotline' END,
  sort_order, active, created_at
FROM notices;

CREATE TABLE notice_versions (
  id INTEGER PRIMARY KEY,
  notice_id INTEGER NOT NULL REFERENCES notice_documents (id),
  version INTEGER NOT NULL CHECK (version > 0),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  title_en TEXT,
  body_en TEXT,
  scope TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('all', 'district', 'stores')),
  scope_district TEXT,
  -- JSON array of station codes when scope = 'stores'.
  scope_stores TEXT NOT NULL DEFAULT '[]',
  effective_date TEXT NOT NULL,
  created_by INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL,
  UNIQUE (notice_id, version)
);

INSERT INTO notice_versions (notice_id, version, title, body, effective_date, created_at)
SELECT id, version, title, body, substr(created_at, 1, 10), created_at FROM notices;

DROP TABLE notices;
-- Renaming also repoints notice_versions' foreign key.
ALTER TABLE notice_documents RENAME TO notices;
