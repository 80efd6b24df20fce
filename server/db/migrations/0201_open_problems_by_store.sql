-- The store table's page reads the overdue, due-soon and not-acknowledged
-- counts of its 50 stores only (issue 14). The partial indexes of open and
-- of new problems are led by the date, and feedback_store holds every case
-- of a store, so those counts read all of a page's cases (400 a store at
-- 1,000,000 cases over 2,500 stores: half a second). The same partial
-- indexes led by the store read only the page's open problems.
CREATE INDEX feedback_open_store ON feedback (store_code, due_at)
  WHERE status IN ('new', 'assigned', 'in_progress') AND kind <> 'praise';
CREATE INDEX feedback_new_store ON feedback (store_code, received_at) WHERE status = 'new' AND kind <> 'praise';
