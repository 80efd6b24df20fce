-- Official holiday schedules loaded by the centre (PUT /api/admin/calendar/:year).
-- A year here replaces the same year shipped in server/calendar/cn-YYYY.json.
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY,
  schedule TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT
);
