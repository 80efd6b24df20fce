-- PostgreSQL spelling of 0017_store_summary.sql. The SQLite file also folds
-- the cases already counted into the new table; a PostgreSQL database is
-- always created from 0001 onwards with the current server, which writes
-- no case before every migration has run, so there is nothing to fold in.
CREATE TABLE store_summary (
  store_code TEXT PRIMARY KEY,
  total INTEGER NOT NULL DEFAULT 0,
  open INTEGER NOT NULL DEFAULT 0,
  by_category TEXT NOT NULL DEFAULT '{}',
  close_hours TEXT NOT NULL DEFAULT '{}',
  day_anchor TEXT NOT NULL DEFAULT '',
  days TEXT NOT NULL DEFAULT '[]',
  revision INTEGER NOT NULL DEFAULT 1
);
