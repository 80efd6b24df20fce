-- The poster each store was last issued: its version (derived from what is
-- printed on it) and when that version was first printed, so a reissued
-- poster can be told from an old one and a new poster is given time before
-- it counts as silent.
CREATE TABLE store_posters (
  store_code TEXT PRIMARY KEY REFERENCES stores (code),
  version TEXT NOT NULL,
  issued_at TEXT NOT NULL
) WITHOUT ROWID;
