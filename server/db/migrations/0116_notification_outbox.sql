-- The durable outbox of alerts (issue 11). A row is written in the same
-- transaction as the event that causes it, so an alert is never lost to a
-- crash and never sent for something that was rolled back. `id` is the
-- delivery id the receiver sees on every retry (its idempotency key);
-- `dedupe_key` makes the sweeps' alerts (overdue, digest) once per case or
-- per day and channel. `payload` holds the alert's facts as JSON, already
-- stripped of contact data, receipt and message text.
CREATE TABLE notification_outbox (
  id TEXT PRIMARY KEY,
  channel_id INTEGER NOT NULL REFERENCES notification_channels (id),
  event TEXT NOT NULL,
  dedupe_key TEXT UNIQUE,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  delivered_at TEXT
);
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notification_outbox_channel ON notification_outbox (channel_id, created_at);

-- Every attempt to deliver, with its outcome, for the admins' delivery log.
CREATE TABLE notification_attempts (
  id INTEGER PRIMARY KEY,
  delivery_id TEXT NOT NULL REFERENCES notification_outbox (id),
  attempted_at TEXT NOT NULL,
  ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
  http_status INTEGER,
  error TEXT
);
CREATE INDEX notification_attempts_delivery ON notification_attempts (delivery_id, id);
