-- PostgreSQL spelling of the store_summary backfill in
-- server/db/migrations/0042_praise_not_open.sql, for generated cities only:
-- the migration's own .pg.sql needs none, as a PostgreSQL database holds no
-- case when it runs. Same numbers: close hours in the buckets of
-- server/stats/close-hours.ts from whole milliseconds, the days (index 0 is
-- today, China time) from feedback_daily.
DELETE FROM store_summary;
WITH
  anchor AS (SELECT CAST(CAST(now() AT TIME ZONE 'UTC' AS timestamp) + interval '8 hours' AS date) AS today),
  cases AS (
    SELECT COALESCE(store_code, '') AS store_code, category_id, kind, status, received_at, closed_at FROM feedback
  ),
  cats AS (
    SELECT store_code, SUM(n) AS total, SUM(open) AS open, CAST(json_object_agg(category_id, n) AS TEXT) AS by_category
    FROM (SELECT store_code, category_id, COUNT(*) AS n,
            COUNT(*) FILTER (WHERE status IN ('new', 'assigned', 'in_progress') AND kind <> 'praise') AS open
          FROM cases GROUP BY 1, 2) per_category
    GROUP BY 1
  ),
  closed AS (
    SELECT store_code, GREATEST(0, (CAST(round(EXTRACT(EPOCH FROM CAST(closed_at AS timestamp) - CAST(received_at AS timestamp)) * 1000) AS BIGINT)
      + 3599999) / 3600000) AS h
    FROM cases WHERE status = 'closed'
  ),
  hours AS (
    SELECT store_code, CAST(json_object_agg(bucket, n) AS TEXT) AS close_hours
    FROM (SELECT store_code, CASE WHEN h <= 24 THEN h ELSE ((h + 23) / 24) * 24 END AS bucket, COUNT(*) AS n FROM closed GROUP BY 1, 2) per_bucket
    GROUP BY 1
  ),
  -- Each store's counts of the last 91 days by days back, then its ring
  -- spelled out one store at a time: no sort of 91 rows for every store.
  recent AS (
    SELECT store_code, jsonb_object_agg(CAST(i AS TEXT), n) AS by_offset
    FROM (SELECT d.store_code, (SELECT today FROM anchor) - CAST(d.day AS date) AS i, SUM(d.n) AS n
          FROM feedback_daily d
          WHERE d.day >= to_char((SELECT today FROM anchor) - 90, 'YYYY-MM-DD') AND d.day <= to_char((SELECT today FROM anchor), 'YYYY-MM-DD')
          GROUP BY 1, 2) per_day
    GROUP BY 1
  ),
  days AS (
    SELECT c.store_code,
      (SELECT CAST(json_agg(COALESCE(CAST(r.by_offset ->> CAST(o.i AS TEXT) AS INTEGER), 0) ORDER BY o.i) AS TEXT)
       FROM generate_series(0, 90) AS o(i)) AS days
    FROM cats c LEFT JOIN recent r USING (store_code)
  )
INSERT INTO store_summary (store_code, total, open, by_category, close_hours, day_anchor, days)
SELECT c.store_code, c.total, c.open, c.by_category, COALESCE(h.close_hours, '{}'),
  to_char((SELECT today FROM anchor), 'YYYY-MM-DD'), days.days
FROM cats c LEFT JOIN hours h USING (store_code) JOIN days USING (store_code);
