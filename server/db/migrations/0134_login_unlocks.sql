-- `npm run user -- unlock NAME` runs in another process than the server,
-- whose login throttle lives in memory: the command records the moment here
-- and the server lifts a lock that began before it (issue 13).
CREATE TABLE login_unlocks (
  username_key TEXT PRIMARY KEY,
  unlocked_at TEXT NOT NULL
);
