-- A version of the rows every submission reads and none writes: supervisor
-- accounts (whose names hide a case from them) and alert channels (issue
-- 14). Every statement that changes one of those tables moves it on, in the
-- same transaction, by trigger, so no instance's write can miss it. A
-- submission reads the version in the round trip that begins its
-- transaction and reads those rows again only when it has moved.
CREATE TABLE reference_version (
  n BIGINT NOT NULL
);
INSERT INTO reference_version (n) VALUES (0);

CREATE FUNCTION reference_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE reference_version SET n = n + 1;
  RETURN NULL;
END
$$;
CREATE TRIGGER users_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER notification_channels_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON notification_channels
  FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
