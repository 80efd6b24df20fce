-- Scans of a store's QR page, one counter per store, poster version and
-- China-local day. Deliberately nothing about who scanned: no IP, no device.
CREATE TABLE store_scans (
  store_code TEXT NOT NULL REFERENCES stores (code),
  poster_version TEXT NOT NULL,
  day TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (store_code, poster_version, day)
) WITHOUT ROWID;
CREATE INDEX store_scans_day ON store_scans (day, store_code);
