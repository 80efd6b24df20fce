-- PostgreSQL spelling of 0165_library_history.sql: the same column, and the
-- append-only rule as a trigger function (as in 0015_audit_log.pg.sql).
ALTER TABLE risk_versions ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired'));

CREATE FUNCTION library_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER risk_versions_no_update BEFORE UPDATE ON risk_versions
  FOR EACH ROW EXECUTE FUNCTION library_versions_append_only();
CREATE TRIGGER risk_versions_no_delete BEFORE DELETE ON risk_versions
  FOR EACH ROW EXECUTE FUNCTION library_versions_append_only();
CREATE TRIGGER field_event_versions_no_update BEFORE UPDATE ON field_event_versions
  FOR EACH ROW EXECUTE FUNCTION library_versions_append_only();
CREATE TRIGGER field_event_versions_no_delete BEFORE DELETE ON field_event_versions
  FOR EACH ROW EXECUTE FUNCTION library_versions_append_only();
