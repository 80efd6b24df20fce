-- Categories and stores move the reference version of 0240 too (issue
-- 14): a batch of submissions reads the active categories and the stores
-- it names again only when it has moved (store-new-cases.ts). SQLite gets
-- the version itself here, with the same tables moving it.
CREATE TRIGGER categories_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories
  FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
CREATE TRIGGER stores_reference_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stores
  FOR EACH STATEMENT EXECUTE FUNCTION reference_version_bump();
