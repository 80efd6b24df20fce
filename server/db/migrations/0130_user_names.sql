-- A person's name on an account, as the store registry writes it in the
-- 专管员 column (issue 13): a supervisor account whose name matches a
-- store's supervisor is that store's supervisor, and a case naming the
-- person is hidden from that account. name_key is the name normalised in
-- TypeScript (server/conflicts/name-key.ts: no spaces, full-width folded,
-- common variant characters unified) so matching is an equality.
ALTER TABLE users ADD COLUMN name TEXT;
ALTER TABLE users ADD COLUMN name_key TEXT;
CREATE INDEX users_name_key ON users (name_key);
