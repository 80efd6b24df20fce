-- Nothing to do on SQLite: 0140_engine_compat.pg.sql gives PostgreSQL the
-- two SQLite spellings the query files use (see that file).
SELECT 1;
