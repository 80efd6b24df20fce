-- Two SQLite spellings the query files use, given to PostgreSQL so that
-- the same queries run on both engines: instr(haystack, needle) (strpos
-- here) and SUM over a condition (SQLite counts true as 1; PostgreSQL has
-- no sum(boolean)).
CREATE OR REPLACE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
  LANGUAGE sql IMMUTABLE STRICT AS 'SELECT strpos(haystack, needle)';
CREATE OR REPLACE FUNCTION sum_true_step(acc BIGINT, cond BOOLEAN) RETURNS BIGINT
  LANGUAGE sql IMMUTABLE AS 'SELECT acc + CASE WHEN cond THEN 1 ELSE 0 END';
CREATE OR REPLACE AGGREGATE sum(BOOLEAN) (SFUNC = sum_true_step, STYPE = BIGINT, INITCOND = '0');
