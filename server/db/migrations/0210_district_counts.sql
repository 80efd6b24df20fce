-- District rollups (issue 14): what the whole-city dashboard and the
-- districts view sum, kept per district so that reading them no longer walks
-- every store. One row per number: `kind` names it ('total', 'open',
-- 'category', 'hours', 'day', 'due': open problems by due date, and the
-- reporters' answers 'fixed', 'notFixed', 'autoClosed', 'ratingSum',
-- 'ratingCount'), `item` says which (a category id, a close-hours bucket, a
-- China date, a UTC due date; '' otherwise). A
-- write adds to its rows with one upsert (server/stats/district-rollup.ts).
-- district '' holds the cases without a store (a district name is never
-- empty). `shard` spreads a district over a few rows by the store's code, so
-- concurrent submissions on PostgreSQL do not queue on one row; readers sum
-- the shards.
CREATE TABLE district_counts (
  kind TEXT NOT NULL,
  item TEXT NOT NULL,
  district TEXT NOT NULL,
  shard INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (kind, item, district, shard)
) WITHOUT ROWID;

-- Backfill, safe to run again (bench/big-city.ts does, after generating
-- cases): the per-store numbers come from store_summary and
-- store_confirmations, the days from feedback_daily, the due dates from the
-- open problems (partial index feedback_open_due), each put under the
-- store's district today. The shard is the last character's code point
-- modulo 8, as districtShard() in server/stats/district-rollup.ts.
DELETE FROM district_counts;
INSERT INTO district_counts (kind, item, district, shard, n)
SELECT c.kind, c.item, COALESCE(s.district, ''),
  CASE WHEN c.store_code = '' THEN 0 ELSE unicode(substr(c.store_code, -1)) % 8 END, SUM(c.n)
FROM (
  SELECT 'total' AS kind, '' AS item, store_code, total AS n FROM store_summary
  UNION ALL SELECT 'open', '', store_code, open FROM store_summary
  UNION ALL SELECT 'category', j.key, ss.store_code, j.value FROM store_summary ss, json_each(ss.by_category) j
  UNION ALL SELECT 'hours', j.key, ss.store_code, j.value FROM store_summary ss, json_each(ss.close_hours) j
  UNION ALL SELECT 'day', day, store_code, n FROM feedback_daily
  UNION ALL SELECT 'due', substr(due_at, 1, 10), COALESCE(store_code, ''), 1 FROM feedback
    WHERE status IN ('new', 'assigned', 'in_progress') AND kind <> 'praise'
  UNION ALL SELECT 'fixed', '', store_code, fixed FROM store_confirmations
  UNION ALL SELECT 'notFixed', '', store_code, not_fixed FROM store_confirmations
  UNION ALL SELECT 'autoClosed', '', store_code, auto_closed FROM store_confirmations
  UNION ALL SELECT 'ratingSum', '', store_code, rating_sum FROM store_confirmations
  UNION ALL SELECT 'ratingCount', '', store_code, rating_count FROM store_confirmations
) c LEFT JOIN stores s ON s.code = c.store_code
GROUP BY 1, 2, 3, 4
HAVING SUM(c.n) <> 0;
