// A city of 2,500 stores and 1,000,000 cases for the read benchmarks,
// generated in SQL in one transaction (a recursive CTE), reproducible from
// a seed. The daily rollup and the per-store summary are filled from the
// cases themselves, so they agree exactly, as the server keeps them.
// Timeline events are not generated: neither the stats endpoint nor the
// export reads them.
import { readFileSync } from 'node:fs'
import sqlite3 from 'sqlite3'
import { readConfig } from '../server/config.ts'
import { systemClock } from '../server/clock.ts'
import { DB_FILE, openData } from '../server/open-data.ts'
import { join } from 'node:path'

export const BENCH_ADMIN_PASSWORD = 'bench-admin-password'

/** The backfill section of a migration: from its first statement starting with `from` to the end. */
function backfill(migration: string, from: string): string {
  const sql = readFileSync(new URL(`../server/db/migrations/${migration}`, import.meta.url), 'utf8')
  return sql.slice(sql.indexOf(from))
}

/**
 * The per-store read model and the district rollup are filled by the
 * backfills of their migrations, run again over the generated cases: 0042
 * rebuilds the summaries, 0200 gives every store its row, district and sort
 * keys as of '' (counted by the first catch-up), 0210 sums the districts, so
 * the bench reads what an upgraded server would hold.
 */
function readModelBackfill(): string {
  return [
    backfill('0042_praise_not_open.sql', 'DELETE FROM store_summary'),
    backfill('0200_store_sort_keys.sql', 'DELETE FROM store_keys_as_of'),
    backfill('0210_district_counts.sql', 'DELETE FROM district_counts'),
  ].join('\n')
}

export async function buildBigCity(dataDir: string, stores: number, cases: number, seed: number, now: Date): Promise<void> {
  const { db } = await openData(readConfig({ DATA_DIR: dataDir, SEED_DEMO: '0', ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD }), systemClock)
  await db.close()

  const raw = new sqlite3.Database(join(dataDir, DB_FILE))
  const exec = (sql: string) => new Promise<void>((resolve, reject) => raw.exec(sql, (err) => (err ? reject(err) : resolve())))
  const all = <T>(sql: string) => new Promise<T[]>((resolve, reject) => raw.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as T[]))))
  // Generation only: the benchmark database is thrown away afterwards.
  await exec('PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; PRAGMA temp_store = MEMORY')
  const indexes = await all<{ name: string; sql: string }>(
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'feedback' AND sql IS NOT NULL",
  )
  const nowS = Math.floor(now.getTime() / 1000)
  // A deterministic mix of the row number and the seed stands in for
  // random(), which SQLite cannot seed.
  const mix = (salt: number) => `((i * 2654435761 + ${seed * 97 + salt * 7919}) % 4294967296)`
  await exec(`BEGIN;
    ${indexes.map((i) => `DROP INDEX ${i.name};`).join('\n')}
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${stores})
    INSERT INTO stores (code, name, district, address, supervisor_name, supervisor_phone, active, created_at, updated_at)
    SELECT printf('45%02d%04d', (i - 1) % 10 + 1, i), '体彩站 ' || i, '区 ' || ((i - 1) % 10 + 1), '测试路 ' || i || ' 号',
      '专管员 ' || (i % 50), '13800000000', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n;

    CREATE TEMP TABLE cats AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, kind, sla_days FROM categories;
    CREATE TEMP TABLE shops AS SELECT row_number() OVER (ORDER BY code) - 1 AS k, code FROM stores;

    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${cases}),
    r AS (
      SELECT i, ${mix(1)} % ${stores} AS s, ${mix(2)} % (SELECT COUNT(*) FROM cats) AS c,
        ${mix(3)} % 100 AS roll, ${nowS} - ${mix(4)} % 31536000 AS received
      FROM n
    )
    INSERT INTO feedback (id, receipt, payload_hash, store_code, kind, category_id, message, contact_name, contact_phone,
      anonymous, channel, status, created_at, received_at, due_at, updated_at, closed_at)
    SELECT printf('%08x-0000-4000-8000-%012d', i, i), printf('B%012d', i), '', shops.code, cats.kind, cats.id,
      '站点店员态度恶劣，拒绝解释兑奖规则，第 ' || i || ' 号反映。', CASE WHEN roll % 3 = 0 THEN NULL ELSE '张三' END,
      CASE WHEN roll % 3 = 0 THEN NULL ELSE '13812345678' END, roll % 3 = 0, CASE roll % 3 WHEN 0 THEN 'qr' WHEN 1 THEN 'kiosk' ELSE 'web' END,
      CASE WHEN ${nowS} - received < 20 * 86400 AND roll < 40 THEN (CASE roll % 3 WHEN 0 THEN 'new' WHEN 1 THEN 'assigned' ELSE 'in_progress' END)
           WHEN roll < 95 THEN 'closed' ELSE 'rejected' END,
      strftime('%Y-%m-%dT%H:%M:%S.000Z', received, 'unixepoch'), strftime('%Y-%m-%dT%H:%M:%S.000Z', received, 'unixepoch'),
      strftime('%Y-%m-%dT%H:%M:%S.000Z', received + cats.sla_days * 86400 * 7 / 5, 'unixepoch'),
      strftime('%Y-%m-%dT%H:%M:%S.000Z', received, 'unixepoch'),
      CASE WHEN (${nowS} - received >= 20 * 86400 OR roll >= 40) AND roll < 95
        THEN strftime('%Y-%m-%dT%H:%M:%S.000Z', received + 3600 + (i % 480) * 3600, 'unixepoch') END
    FROM r JOIN shops ON shops.k = r.s JOIN cats ON cats.k = r.c;

    INSERT INTO feedback_daily (store_code, day, kind, category_id, n)
    SELECT COALESCE(store_code, ''), date(received_at, '+8 hours'), kind, category_id, COUNT(*)
    FROM feedback GROUP BY 1, 2, 3, 4;
    ${indexes.map((i) => `${i.sql};`).join('\n')}
    DROP TABLE cats; DROP TABLE shops;
    ${readModelBackfill()}
    COMMIT;
    PRAGMA wal_checkpoint(TRUNCATE);
    ANALYZE;`)
  await new Promise<void>((resolve, reject) => raw.close((err) => (err ? reject(err) : resolve())))
}
