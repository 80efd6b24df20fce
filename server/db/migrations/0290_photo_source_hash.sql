-- The SHA-256 of a photo as it was sent, beside the hash of the file kept
-- (content_hash): a retry of a kept photo is found from the bytes alone,
-- without decoding them, so an owner with all its photos answers any other
-- upload before the server decodes anything (a decompression bomb is
-- refused for free). NULL for photos kept before this column.
ALTER TABLE photos ADD COLUMN source_hash TEXT;
CREATE INDEX photos_owner_source ON photos (owner_type, owner_id, item_id, source_hash);
