-- Campaign progress (issue 10's benchmark row: 2,500 stores and 20,000
-- visits in ≤ 50 ms) reads only from indexes: the inspection cases of a
-- period with the columns it counts (replacing 0105's narrower index), the
-- period's rows of visit_daily with their counts, and the licensed stores
-- with their district and supervisor.
DROP INDEX feedback_inspection_created;
CREATE INDEX feedback_inspection_rectification ON feedback (created_at, store_code, due_at, id) WHERE channel = 'inspection';
CREATE INDEX visit_daily_counts ON visit_daily (store_code, day, inspections, trainings, failed, fixed);
CREATE INDEX stores_campaign ON stores (active, code, district, supervisor_name);
