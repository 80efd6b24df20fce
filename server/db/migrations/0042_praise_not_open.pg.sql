-- PostgreSQL spelling of 0042_praise_not_open.sql: the same partial
-- indexes. The SQLite file also rebuilds store_summary from the cases with
-- SQLite's date and JSON functions; a PostgreSQL database is always created
-- from 0001 onwards by a server that writes no case before every migration
-- has run, so its store_summary is empty here and nothing needs rebuilding.
DROP INDEX feedback_open_due;
CREATE INDEX feedback_open_due ON feedback (due_at, store_code)
  WHERE status IN ('new', 'assigned', 'in_progress') AND kind <> 'praise';
DROP INDEX feedback_new;
CREATE INDEX feedback_new ON feedback (received_at, store_code) WHERE status = 'new' AND kind <> 'praise';
