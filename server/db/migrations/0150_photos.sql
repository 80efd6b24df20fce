-- Evidence photos (issue 15). Each row is one re-encoded image kept in
-- DATA_DIR/media/<content_hash>.jpg; the file holds the pixels, this row
-- who it belongs to. An owner is a case (owner_type 'feedback', item_id '')
-- or a supervisor's visit ('visit', item_id the checklist item, '' for the
-- visit as a whole). No foreign key, so a new kind of owner needs no
-- migration; the workflow checks the owner exists before adding a photo.
-- The same bytes sent twice for one owner are one row (the unique index):
-- that is what makes an upload idempotent.
CREATE TABLE photos (
  id TEXT PRIMARY KEY,
  owner_type TEXT NOT NULL CHECK (owner_type IN ('feedback', 'visit')),
  owner_id TEXT NOT NULL,
  item_id TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX photos_owner_content ON photos (owner_type, owner_id, item_id, content_hash);
CREATE INDEX photos_content ON photos (content_hash);
