-- Submissions per store, China calendar day, kind and category, kept in the
-- same transaction as every insert: the last 7/30/90 days, weekly trends and
-- burst detection read this, never the cases table. store_code '' stands for
-- "store not given".
CREATE TABLE feedback_daily (
  store_code TEXT NOT NULL,
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  category_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (store_code, day, kind, category_id)
) WITHOUT ROWID;
CREATE INDEX feedback_daily_day ON feedback_daily (day, store_code);
INSERT INTO feedback_daily (store_code, day, kind, category_id, n)
  SELECT COALESCE(store_code, ''), date(received_at, '+8 hours'), kind, category_id, COUNT(*)
  FROM feedback GROUP BY 1, 2, 3, 4;
