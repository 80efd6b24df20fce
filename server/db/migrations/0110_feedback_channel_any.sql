-- Staff record cases received by hotline, letter, visit or event (issue 11),
-- and other branches add channels of their own. The list of channels lives in
-- shared/enums.ts and every route validates against it, so the column no
-- longer repeats it in a CHECK.
--
-- SQLite cannot drop a CHECK with ALTER TABLE. Rebuilding the table would
-- have to name every column, and so would silently drop columns that other
-- migrations add to `feedback`; SQLite documents this edit of the stored
-- schema as the safe way to remove a CHECK constraint:
-- https://www.sqlite.org/lang_altertable.html#otheralter
-- (a PostgreSQL schema drops it with ALTER TABLE feedback DROP CONSTRAINT).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
  SET sql = replace(sql, 'channel TEXT NOT NULL CHECK (channel IN (''qr'', ''kiosk'', ''web''))', 'channel TEXT NOT NULL')
  WHERE type = 'table' AND name = 'feedback';
PRAGMA writable_schema = RESET;
