-- Campaign progress reads visits per store and China day from this rollup,
-- kept by server/stats/visit-rollups.ts in each visit's transaction, rather
-- than summing every checklist answer of the period (issue 10: 2,500 stores
-- and 20,000 visits in ≤ 50 ms). Inspection cases are found by the instant
-- of their inspection (created_at) through a partial index.
CREATE TABLE visit_daily (
  store_code TEXT NOT NULL,
  day TEXT NOT NULL,
  inspections INTEGER NOT NULL DEFAULT 0,
  trainings INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  fixed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, store_code)
);
INSERT INTO visit_daily (store_code, day, inspections, trainings, failed, fixed)
SELECT v.store_code, v.started_day,
  SUM(CASE WHEN v.type = 'inspection' THEN 1 ELSE 0 END),
  SUM(CASE WHEN v.type = 'training' THEN 1 ELSE 0 END),
  COALESCE(SUM((SELECT COUNT(*) FROM visit_results r WHERE r.visit_id = v.id AND r.result = 'fail')), 0),
  COALESCE(SUM((SELECT COUNT(*) FROM visit_results r WHERE r.visit_id = v.id AND r.result = 'fixed')), 0)
FROM visits v GROUP BY v.store_code, v.started_day;

CREATE INDEX feedback_inspection_created ON feedback (created_at) WHERE channel = 'inspection';
