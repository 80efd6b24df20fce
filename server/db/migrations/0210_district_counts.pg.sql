-- PostgreSQL spelling of 0210_district_counts.sql: the JSON read with
-- jsonb_each_text and the last character's code point with ascii().
CREATE TABLE district_counts (
  kind TEXT NOT NULL,
  item TEXT NOT NULL,
  district TEXT NOT NULL,
  shard INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (kind, item, district, shard)
);

DELETE FROM district_counts;
INSERT INTO district_counts (kind, item, district, shard, n)
SELECT c.kind, c.item, COALESCE(s.district, ''),
  CASE WHEN c.store_code = '' THEN 0 ELSE ascii(right(c.store_code, 1)) % 8 END, SUM(c.n)
FROM (
  SELECT 'total' AS kind, '' AS item, store_code, total AS n FROM store_summary
  UNION ALL SELECT 'open', '', store_code, open FROM store_summary
  UNION ALL SELECT 'category', j.key, ss.store_code, CAST(j.value AS INTEGER) FROM store_summary ss, jsonb_each_text(CAST(ss.by_category AS jsonb)) j
  UNION ALL SELECT 'hours', j.key, ss.store_code, CAST(j.value AS INTEGER) FROM store_summary ss, jsonb_each_text(CAST(ss.close_hours AS jsonb)) j
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
