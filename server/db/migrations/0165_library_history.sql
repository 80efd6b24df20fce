-- The risk and event libraries get "the versioned, audited history the
-- ledger has" (issue 10): a risk can be retired rather than deleted, and
-- the version rows, each one change by one person at one time, are
-- append-only like audit_log: triggers refuse any edit or removal.
ALTER TABLE risk_versions ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired'));

CREATE TRIGGER risk_versions_no_update BEFORE UPDATE ON risk_versions
  BEGIN SELECT RAISE(ABORT, 'risk_versions is append-only'); END;
CREATE TRIGGER risk_versions_no_delete BEFORE DELETE ON risk_versions
  BEGIN SELECT RAISE(ABORT, 'risk_versions is append-only'); END;
CREATE TRIGGER field_event_versions_no_update BEFORE UPDATE ON field_event_versions
  BEGIN SELECT RAISE(ABORT, 'field_event_versions is append-only'); END;
CREATE TRIGGER field_event_versions_no_delete BEFORE DELETE ON field_event_versions
  BEGIN SELECT RAISE(ABORT, 'field_event_versions is append-only'); END;
