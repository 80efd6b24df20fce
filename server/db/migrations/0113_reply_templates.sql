-- Reply templates (issue 11): admin-kept texts with placeholders such as
-- {store} and {dueAt} that the console fills from the case.
CREATE TABLE reply_templates (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
