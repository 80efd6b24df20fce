-- Submissions are given their deadlines in batches (issue 14,
-- server/cases/intake-batch.ts), which read the calendar's stored years
-- again only when the reference version (0240) has moved: a change to them
-- moves it, in the same transaction, by trigger.
CREATE TRIGGER calendar_years_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_years
  FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
