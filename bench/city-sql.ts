// The generated city's SQL, spelled for either engine from one description,
// so SQLite and PostgreSQL hold the same stores and cases for a seed: the
// same row-number mix decides each case's store, category, status and time.
import type { Engine } from '../server/db/dialect.ts'

interface Spelling {
  /** A CTE `n(i)` counting 1…count. */
  numbers(count: number): string
  /** `expr` zero-padded to at least `width` digits. */
  padded(expr: string, width: number): string
  hex8(expr: string): string
  /** Unix seconds as the kit's ISO instant (milliseconds .000, Z). */
  iso(seconds: string): string
  /** A condition as 0 or 1. */
  flag(condition: string): string
  /** The China calendar day of a stored ISO instant. */
  chinaDay(instant: string): string
  /** Byte order, as SQLite compares text. */
  bytes: string
}

const SPELLINGS: Record<Engine, Spelling> = {
  sqlite: {
    numbers: (count) => `RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})`,
    padded: (expr, width) => `printf('%0${width}d', ${expr})`,
    hex8: (expr) => `printf('%08x', ${expr})`,
    iso: (seconds) => `strftime('%Y-%m-%dT%H:%M:%S.000Z', ${seconds}, 'unixepoch')`,
    flag: (condition) => `(${condition})`,
    chinaDay: (instant) => `date(${instant}, '+8 hours')`,
    bytes: '',
  },
  postgres: {
    numbers: (count) => `n(i) AS (SELECT generate_series(CAST(1 AS BIGINT), ${count}))`,
    // lpad cuts a longer string to the width; printf does not.
    padded: (expr, width) => `lpad(CAST(${expr} AS TEXT), GREATEST(${width}, length(CAST(${expr} AS TEXT))), '0')`,
    hex8: (expr) => `lpad(to_hex(${expr}), 8, '0')`,
    iso: (seconds) => `to_char(to_timestamp(${seconds}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"')`,
    flag: (condition) => `CAST(${condition} AS INTEGER)`,
    chinaDay: (instant) => `to_char(CAST(${instant} AS timestamp) + interval '8 hours', 'YYYY-MM-DD')`,
    bytes: ' COLLATE "C"',
  },
}

export interface CitySql {
  /** The stores, and the temporary tables `cats` and `shops` numbering categories and stores from 0. */
  stores: string
  /** The cases (the `feedback` table), with its indexes best dropped first. */
  cases: string
  /** feedback_daily counted from the cases. */
  daily: string
  /** Drops the temporary tables. */
  done: string
}

export function citySql(engine: Engine, stores: number, cases: number, seed: number, now: Date): CitySql {
  const s = SPELLINGS[engine]
  const nowS = Math.floor(now.getTime() / 1000)
  // A deterministic mix of the row number and the seed stands in for
  // random(), which SQLite cannot seed.
  const mix = (salt: number) => `((i * 2654435761 + ${seed * 97 + salt * 7919}) % 4294967296)`
  return {
    stores: `WITH ${s.numbers(stores)}
    INSERT INTO stores (code, name, district, address, supervisor_name, supervisor_phone, active, created_at, updated_at)
    SELECT '45' || ${s.padded('(i - 1) % 10 + 1', 2)} || ${s.padded('i', 4)}, '体彩站 ' || i, '区 ' || ((i - 1) % 10 + 1), '测试路 ' || i || ' 号',
      '专管员 ' || (i % 50), '13800000000', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n;

    CREATE TEMP TABLE cats AS SELECT row_number() OVER (ORDER BY id${s.bytes}) - 1 AS k, id, kind, sla_days FROM categories;
    CREATE TEMP TABLE shops AS SELECT row_number() OVER (ORDER BY code${s.bytes}) - 1 AS k, code FROM stores;`,
    cases: `WITH ${s.numbers(cases)},
    r AS (
      SELECT i, ${mix(1)} % ${stores} AS s, ${mix(2)} % (SELECT COUNT(*) FROM cats) AS c,
        ${mix(3)} % 100 AS roll, ${nowS} - ${mix(4)} % 31536000 AS received
      FROM n
    ),
    t AS (SELECT r.*, ${s.iso('received')} AS at FROM r)
    INSERT INTO feedback (id, receipt, payload_hash, store_code, kind, category_id, message, contact_name, contact_phone,
      anonymous, channel, status, created_at, received_at, due_at, updated_at, closed_at)
    SELECT ${s.hex8('i')} || '-0000-4000-8000-' || ${s.padded('i', 12)}, 'B' || ${s.padded('i', 12)}, '', shops.code, cats.kind, cats.id,
      '站点店员态度恶劣，拒绝解释兑奖规则，第 ' || i || ' 号反映。', CASE WHEN roll % 3 = 0 THEN NULL ELSE '张三' END,
      CASE WHEN roll % 3 = 0 THEN NULL ELSE '13812345678' END, ${s.flag('roll % 3 = 0')},
      CASE roll % 3 WHEN 0 THEN 'qr' WHEN 1 THEN 'kiosk' ELSE 'web' END,
      CASE WHEN ${nowS} - received < 20 * 86400 AND roll < 40 THEN (CASE roll % 3 WHEN 0 THEN 'new' WHEN 1 THEN 'assigned' ELSE 'in_progress' END)
           WHEN roll < 95 THEN 'closed' ELSE 'rejected' END,
      at, at, ${s.iso('received + cats.sla_days * 86400 * 7 / 5')}, at,
      CASE WHEN (${nowS} - received >= 20 * 86400 OR roll >= 40) AND roll < 95
        THEN ${s.iso('received + 3600 + (i % 480) * 3600')} END
    FROM t JOIN shops ON shops.k = t.s JOIN cats ON cats.k = t.c;`,
    daily: `INSERT INTO feedback_daily (store_code, day, kind, category_id, n)
    SELECT COALESCE(store_code, ''), ${s.chinaDay('received_at')}, kind, category_id, COUNT(*)
    FROM feedback GROUP BY 1, 2, 3, 4;`,
    done: 'DROP TABLE cats; DROP TABLE shops;',
  }
}
