-- The reference version of 0240 on SQLite too (issue 14): the rows every
-- batch of submissions reads and none writes (supervisor accounts, alert
-- channels, the calendar's stored years, categories, stores). The intake
-- worker (server/cases/intake-worker.ts) is a second handle on the file,
-- and the server's thread or a command-line tool may change those rows:
-- every change moves the version, in the same transaction, by trigger, and
-- a batch reads the rows again only when it has moved (db/tx-memo.ts).
CREATE TABLE reference_version (
  n INTEGER NOT NULL
);
INSERT INTO reference_version (n) VALUES (0);
CREATE TRIGGER users_insert_reference_version AFTER INSERT ON users BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER users_update_reference_version AFTER UPDATE ON users BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER users_delete_reference_version AFTER DELETE ON users BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER notification_channels_insert_reference_version AFTER INSERT ON notification_channels BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER notification_channels_update_reference_version AFTER UPDATE ON notification_channels BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER notification_channels_delete_reference_version AFTER DELETE ON notification_channels BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER calendar_years_insert_reference_version AFTER INSERT ON calendar_years BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER calendar_years_update_reference_version AFTER UPDATE ON calendar_years BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER calendar_years_delete_reference_version AFTER DELETE ON calendar_years BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER categories_insert_reference_version AFTER INSERT ON categories BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER categories_update_reference_version AFTER UPDATE ON categories BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER categories_delete_reference_version AFTER DELETE ON categories BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER stores_insert_reference_version AFTER INSERT ON stores BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER stores_update_reference_version AFTER UPDATE ON stores BEGIN UPDATE reference_version SET n = n + 1; END;
CREATE TRIGGER stores_delete_reference_version AFTER DELETE ON stores BEGIN UPDATE reference_version SET n = n + 1; END;
