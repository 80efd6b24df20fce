-- One row per store ('' = store not given) holding every per-store number
-- of the store table, packed, so the whole city is read in one pass over
-- 2,500 short rows instead of tens of thousands of counter rows (the
-- per-store stats must stay under 50 ms at 1,000,000 cases). It is a read
-- model of feedback_counts, feedback_close_hours and feedback_daily, kept
-- in the same transaction as every write (server/stats/store-summary.ts):
--   by_category  {"categoryId": submissions}
--   close_hours  {"hours bucket": closed cases}   (see close-hours.ts)
--   days         submissions per China day, days[i] = day_anchor minus i days (91 days)
--   revision     goes up with every change, so a reader that keeps the parsed
--                form of a row knows when it must read the row again
CREATE TABLE store_summary (
  store_code TEXT PRIMARY KEY,
  total INTEGER NOT NULL DEFAULT 0,
  open INTEGER NOT NULL DEFAULT 0,
  by_category TEXT NOT NULL DEFAULT '{}',
  close_hours TEXT NOT NULL DEFAULT '{}',
  day_anchor TEXT NOT NULL DEFAULT '',
  days TEXT NOT NULL DEFAULT '[]',
  revision INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

WITH RECURSIVE
  offsets(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM offsets WHERE i < 90),
  codes AS (SELECT store_code FROM feedback_counts UNION SELECT store_code FROM feedback_close_hours),
  cats AS (
    SELECT store_code, SUM(n) AS total, SUM(open) AS open, json_group_object(category_id, n) AS by_category
    FROM (SELECT store_code, category_id, SUM(n) AS n, SUM(n * is_open) AS open FROM feedback_counts GROUP BY 1, 2)
    WHERE n <> 0 GROUP BY 1
  ),
  hours AS (
    SELECT store_code, json_group_object(CAST(hours AS TEXT), n) AS close_hours
    FROM feedback_close_hours WHERE n <> 0 GROUP BY 1
  )
INSERT INTO store_summary (store_code, total, open, by_category, close_hours, day_anchor, days)
SELECT s.store_code, COALESCE(c.total, 0), COALESCE(c.open, 0), COALESCE(c.by_category, '{}'), COALESCE(h.close_hours, '{}'),
  date('now', '+8 hours'),
  (SELECT json_group_array(n) FROM (
     SELECT COALESCE((SELECT SUM(d.n) FROM feedback_daily d
                      WHERE d.store_code = s.store_code AND d.day = date('now', '+8 hours', '-' || o.i || ' days')), 0) AS n
     FROM offsets o ORDER BY o.i))
FROM codes s LEFT JOIN cats c USING (store_code) LEFT JOIN hours h USING (store_code);
