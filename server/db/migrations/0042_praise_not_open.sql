-- Praise is counted and answered but never an open problem (issue 9): it
-- stays out of the open, overdue, due-soon and not-acknowledged numbers.
-- The partial indexes those counts read gain the same condition, which the
-- queries repeat so the planner can use them.
DROP INDEX feedback_open_due;
CREATE INDEX feedback_open_due ON feedback (due_at, store_code)
  WHERE status IN ('new', 'assigned', 'in_progress') AND kind <> 'praise';
DROP INDEX feedback_new;
CREATE INDEX feedback_new ON feedback (received_at, store_code) WHERE status = 'new' AND kind <> 'praise';

-- store_summary counted praise as open: rebuild it from the cases, the
-- only source left (server/stats/rollups.ts keeps it from here on). Close
-- hours use the buckets of server/stats/close-hours.ts, from whole
-- milliseconds so the rounding matches; the days come from feedback_daily.
DELETE FROM store_summary;
WITH RECURSIVE
  offsets(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM offsets WHERE i < 90),
  cases AS (
    SELECT COALESCE(store_code, '') AS store_code, category_id, kind, status, received_at, closed_at FROM feedback
  ),
  cats AS (
    SELECT store_code, SUM(n) AS total, SUM(open) AS open, json_group_object(category_id, n) AS by_category
    FROM (SELECT store_code, category_id, COUNT(*) AS n,
            SUM(status IN ('new', 'assigned', 'in_progress') AND kind <> 'praise') AS open
          FROM cases GROUP BY 1, 2)
    GROUP BY 1
  ),
  closed AS (
    SELECT store_code, MAX(0, (CAST(round((julianday(closed_at) - julianday(received_at)) * 86400000) AS INTEGER) + 3599999) / 3600000) AS h
    FROM cases WHERE status = 'closed'
  ),
  hours AS (
    SELECT store_code, json_group_object(CAST(bucket AS TEXT), n) AS close_hours
    FROM (SELECT store_code, CASE WHEN h <= 24 THEN h ELSE ((h + 23) / 24) * 24 END AS bucket, COUNT(*) AS n FROM closed GROUP BY 1, 2)
    GROUP BY 1
  )
INSERT INTO store_summary (store_code, total, open, by_category, close_hours, day_anchor, days)
SELECT c.store_code, c.total, c.open, c.by_category, COALESCE(h.close_hours, '{}'),
  date('now', '+8 hours'),
  (SELECT json_group_array(n) FROM (
     SELECT COALESCE((SELECT SUM(d.n) FROM feedback_daily d
                      WHERE d.store_code = c.store_code AND d.day = date('now', '+8 hours', '-' || o.i || ' days')), 0) AS n
     FROM offsets o ORDER BY o.i))
FROM cats c LEFT JOIN hours h USING (store_code);
