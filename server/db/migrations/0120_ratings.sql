-- One-tap ratings (issue 12): a face tapped on the tablet's attract screen or
-- at the top of the store page. No case, no personal data. The China hour
-- and weekday are worked out by the server when the rating arrives (see
-- server/ratings/), so the console's per-hour and per-weekday counts are a
-- plain GROUP BY on any engine. A rating that looks automated keeps its
-- reason in held_reason and is left out of every count.
CREATE TABLE ratings (
  id TEXT PRIMARY KEY,
  store_code TEXT NOT NULL REFERENCES stores (code),
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
  channel TEXT NOT NULL CHECK (channel IN ('qr', 'kiosk')),
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  china_day TEXT NOT NULL,
  china_hour INTEGER NOT NULL CHECK (china_hour BETWEEN 0 AND 23),
  china_weekday INTEGER NOT NULL CHECK (china_weekday BETWEEN 0 AND 6),
  held_reason TEXT CHECK (held_reason IN ('honeypot', 'repeat'))
);
CREATE INDEX ratings_store_day ON ratings (store_code, china_day);
