-- PostgreSQL spelling of 0013_feedback_daily.sql: the China day of the
-- backfill computed with interval arithmetic instead of SQLite's date().
CREATE TABLE feedback_daily (
  store_code TEXT NOT NULL,
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  category_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (store_code, day, kind, category_id)
);
CREATE INDEX feedback_daily_day ON feedback_daily (day, store_code);
INSERT INTO feedback_daily (store_code, day, kind, category_id, n)
  SELECT COALESCE(store_code, ''), to_char(CAST(received_at AS timestamp) + interval '8 hours', 'YYYY-MM-DD'), kind, category_id, COUNT(*)
  FROM feedback GROUP BY 1, 2, 3, 4;
