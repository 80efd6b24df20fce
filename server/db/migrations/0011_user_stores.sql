-- A supervisor may look after single stores beyond (or instead of) whole
-- districts: a JSON array of station codes, like users.districts.
ALTER TABLE users ADD COLUMN stores TEXT NOT NULL DEFAULT '[]';
