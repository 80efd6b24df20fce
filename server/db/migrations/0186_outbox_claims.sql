-- An instance claims the deliveries it is about to send until
-- `claimed_until`, so that two instances never send the same alert at once
-- (issue 14); a claim left by a crashed instance lapses on its own.
ALTER TABLE notification_outbox ADD COLUMN claimed_until TEXT;
