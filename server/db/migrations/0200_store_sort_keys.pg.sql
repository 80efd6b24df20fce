-- PostgreSQL spelling of 0200_store_sort_keys.sql: PostgreSQL adds only
-- stored generated columns. Everything else is the same.
ALTER TABLE store_summary ADD COLUMN district TEXT;
ALTER TABLE store_summary ADD COLUMN overdue INTEGER NOT NULL DEFAULT 0;
ALTER TABLE store_summary ADD COLUMN due_soon INTEGER NOT NULL DEFAULT 0;
ALTER TABLE store_summary ADD COLUMN last7 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE store_summary ADD COLUMN today_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE store_summary ADD COLUMN prior28 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE store_summary ADD COLUMN no_store INTEGER GENERATED ALWAYS AS (CASE WHEN store_code = '' THEN 1 ELSE 0 END) STORED;
ALTER TABLE store_summary ADD COLUMN attention INTEGER GENERATED ALWAYS AS (
  overdue * 10 + due_soon * 3 + open
  + CASE WHEN store_code <> '' AND today_count >= 5 AND 7 * today_count >= prior28 THEN 20 ELSE 0 END) STORED;

-- The instant the time-dependent keys are right for: at (an ISO instant),
-- soon_end (the end of the next working day after it) and its China day
-- with the first days of the 7-day and the 28-day windows. '' is "before
-- anything": every key is 0 then, and the first catch-up computes them all.
CREATE TABLE store_keys_as_of (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL,
  soon_end TEXT NOT NULL,
  day TEXT NOT NULL,
  week_from TEXT NOT NULL,
  prior_from TEXT NOT NULL
);

-- Each order ends in the table's tie-break: total, then registry order (the
-- row of cases without a store last, district, code); the same again led by
-- district for ?district=.
CREATE INDEX store_summary_by_total ON store_summary (total DESC, no_store, district, store_code);
CREATE INDEX store_summary_by_open ON store_summary (open DESC, total DESC, no_store, district, store_code);
CREATE INDEX store_summary_by_overdue ON store_summary (overdue DESC, total DESC, no_store, district, store_code);
CREATE INDEX store_summary_by_last7 ON store_summary (last7 DESC, total DESC, no_store, district, store_code);
CREATE INDEX store_summary_by_attention ON store_summary (attention DESC, total DESC, no_store, district, store_code);
CREATE INDEX store_summary_district_total ON store_summary (district, total DESC, store_code);
CREATE INDEX store_summary_district_open ON store_summary (district, open DESC, total DESC, store_code);
CREATE INDEX store_summary_district_overdue ON store_summary (district, overdue DESC, total DESC, store_code);
CREATE INDEX store_summary_district_last7 ON store_summary (district, last7 DESC, total DESC, store_code);
CREATE INDEX store_summary_district_attention ON store_summary (district, attention DESC, total DESC, store_code);

-- Backfill (bench/big-city.ts runs this section again after 0042's rebuild):
-- a row for every store and for cases without a store, the districts copied
-- in, and the time-dependent keys as of '' (all 0), for the first catch-up.
DELETE FROM store_keys_as_of;
INSERT INTO store_keys_as_of (id, at, soon_end, day, week_from, prior_from) VALUES (1, '', '', '', '', '');
UPDATE store_summary SET overdue = 0, due_soon = 0, last7 = 0, today_count = 0, prior28 = 0,
  district = (SELECT s.district FROM stores s WHERE s.code = store_summary.store_code);
INSERT INTO store_summary (store_code, district)
  SELECT s.code, s.district FROM stores s WHERE NOT EXISTS (SELECT 1 FROM store_summary ss WHERE ss.store_code = s.code);
INSERT INTO store_summary (store_code)
  SELECT '' WHERE NOT EXISTS (SELECT 1 FROM store_summary WHERE store_code = '');
