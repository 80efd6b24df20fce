-- Store tablets (kiosks). A tablet is bound to one store by a one-time
-- pairing code and then identifies itself with a device token. Only hashes
-- of codes and tokens are stored: a copy of the database pairs nothing.

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  store_code TEXT NOT NULL REFERENCES stores (code),
  name TEXT NOT NULL DEFAULT '',
  token_hash TEXT NOT NULL UNIQUE,
  paired_at TEXT NOT NULL,
  -- What the tablet last reported: is it alive, showing the current
  -- notices, and holding submissions it could not deliver yet?
  last_heartbeat_at TEXT,
  app_version TEXT,
  notice_version TEXT,
  outbox_length INTEGER,
  revoked_at TEXT
);
CREATE INDEX devices_store ON devices (store_code, id);

CREATE TABLE pairing_codes (
  code_hash TEXT PRIMARY KEY,
  store_code TEXT NOT NULL REFERENCES stores (code),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
