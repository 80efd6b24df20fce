import type { Queryable } from '../database.ts'

export interface CounterWindow {
  hits: number
  resetAt: number
}

/**
 * Counts one hit on `key` unless it is already past `limit`, in one
 * statement, so that instances hitting the same key at once are counted
 * exactly. A window that has ended starts again. A refused hit leaves the
 * count at limit + 1: the answer is allowed exactly when hits ≤ limit.
 */
export async function hitCounter(db: Queryable, key: string, limit: number, now: number, windowMs: number): Promise<CounterWindow> {
  const row = await db.get<CounterWindow>(
    `INSERT INTO shared_counters (key, hits, reset_at) VALUES (?, 1, ?)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN shared_counters.reset_at <= ? THEN 1 WHEN shared_counters.hits <= ? THEN shared_counters.hits + 1 ELSE shared_counters.hits END,
       reset_at = CASE WHEN shared_counters.reset_at <= ? THEN excluded.reset_at ELSE shared_counters.reset_at END
     RETURNING hits, reset_at AS resetAt`,
    [key, now + windowMs, now, limit, now],
  )
  return row!
}

/**
 * hitCounter on each key in order, in one statement: each key is counted
 * only when the one before it was allowed, as separate hits stopping at the
 * first refusal would be. The windows of the keys counted, by position
 * (PostgreSQL only: a data-modifying WITH, each step one upsert).
 */
export async function hitCounters(
  db: Queryable,
  hits: readonly { key: string; limit: number }[],
  now: number,
  windowMs: number,
): Promise<(CounterWindow | undefined)[]> {
  const params: (string | number)[] = []
  const steps = hits.map((h, i) => {
    const source = i === 0 ? 'VALUES (?, 1, ?)' : `SELECT ?, 1, ? FROM h${i - 1} WHERE h${i - 1}.hits <= ?`
    params.push(h.key, now + windowMs, ...(i === 0 ? [] : [hits[i - 1]!.limit]), now, h.limit, now)
    return `h${i} AS (INSERT INTO shared_counters (key, hits, reset_at) ${source}
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN shared_counters.reset_at <= ? THEN 1 WHEN shared_counters.hits <= ? THEN shared_counters.hits + 1 ELSE shared_counters.hits END,
       reset_at = CASE WHEN shared_counters.reset_at <= ? THEN excluded.reset_at ELSE shared_counters.reset_at END
     RETURNING hits, reset_at)`
  })
  const rows = await db.all<CounterWindow & { position: number }>(
    `WITH ${steps.join(',\n')}
     ${hits.map((_, i) => `SELECT ${i} AS position, hits, reset_at AS resetAt FROM h${i}`).join(' UNION ALL ')}`,
    params,
  )
  return hits.map((_, i) => rows.find((r) => r.position === i))
}

/** Counts one hit on `key` whatever its count. */
export async function addToCounter(db: Queryable, key: string, now: number, windowMs: number): Promise<void> {
  await db.run(
    `INSERT INTO shared_counters (key, hits, reset_at) VALUES (?, 1, ?)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN shared_counters.reset_at <= ? THEN 1 ELSE shared_counters.hits + 1 END,
       reset_at = CASE WHEN shared_counters.reset_at <= ? THEN excluded.reset_at ELSE shared_counters.reset_at END`,
    [key, now + windowMs, now, now],
  )
}

export async function readCounter(db: Queryable, key: string, now: number): Promise<CounterWindow | undefined> {
  return db.get<CounterWindow>('SELECT hits, reset_at AS resetAt FROM shared_counters WHERE key = ? AND reset_at > ?', [key, now])
}

export async function takeBackHit(db: Queryable, key: string, now: number): Promise<void> {
  await db.run('UPDATE shared_counters SET hits = hits - 1 WHERE key = ? AND hits > 0 AND reset_at > ?', [key, now])
}

/** Forgets the window of `key` when it ends by `endsBy`; true when there was one. */
export async function clearCounter(db: Queryable, key: string, endsBy: number): Promise<boolean> {
  return (await db.run('DELETE FROM shared_counters WHERE key = ? AND reset_at <= ?', [key, endsBy])).changes > 0
}

/** Removes ended windows and the salts of days before `day`. */
export async function sweepCounters(db: Queryable, now: number, day: string): Promise<void> {
  await db.run('DELETE FROM shared_counters WHERE reset_at <= ?', [now])
  await db.run('DELETE FROM counter_salts WHERE day < ?', [day])
}

/** The day's salt: the first instance to ask makes it, every other one reads the same. */
export async function counterSalt(db: Queryable, day: string, candidate: string): Promise<string> {
  await db.run('INSERT OR IGNORE INTO counter_salts (day, salt) VALUES (?, ?)', [day, candidate])
  return (await db.get<{ salt: string }>('SELECT salt FROM counter_salts WHERE day = ?', [day]))!.salt
}
