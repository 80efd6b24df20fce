-- Only a case raised on a supervisor's visit has a visit (issue 14): the
-- index of cases by visit now leaves out the public's submissions, so
-- storing one writes an entry fewer, and the index holds the inspection
-- cases alone instead of an entry for every case.
DROP INDEX feedback_visit;
CREATE INDEX feedback_visit ON feedback (visit_id) WHERE visit_id IS NOT NULL;
