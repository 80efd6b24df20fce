-- Cases still waiting to be acknowledged, per store: a partial index of the
-- `new` cases alone, so the count never wanders through the whole table
-- (the planner preferred feedback_store and scanned a million rows).
CREATE INDEX feedback_new ON feedback (received_at, store_code) WHERE status = 'new';
