-- How long closed cases took, as a histogram per store (hours from receipt
-- to close, to the hour under a day and to the day beyond), written when a
-- case is closed: the median time to close is read from here.
CREATE TABLE feedback_close_hours (
  store_code TEXT NOT NULL,
  hours INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (store_code, hours)
) WITHOUT ROWID;
