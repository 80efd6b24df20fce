-- Rate-limit, login-throttle and scan counters shared by every server
-- instance on one PostgreSQL database (issue 14): one row per window, keyed
-- by a salted hash of what is counted (never an address or a username),
-- counted by a windowed upsert. `reset_at` is the window's end in epoch
-- milliseconds. The day's salt lives in `counter_salts`, so every instance
-- hashes alike and yesterday's hashes cannot be linked to today's.
CREATE TABLE shared_counters (
  key TEXT PRIMARY KEY,
  hits INTEGER NOT NULL,
  reset_at BIGINT NOT NULL
);
CREATE INDEX shared_counters_reset ON shared_counters (reset_at);

CREATE TABLE counter_salts (
  day TEXT PRIMARY KEY,
  salt TEXT NOT NULL
);
