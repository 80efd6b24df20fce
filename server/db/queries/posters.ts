import type { Queryable } from '../database.ts'

export interface PosterIssue {
  storeCode: string
  version: string
  issuedAt: string
}

async function posterIssues(db: Queryable): Promise<Map<string, PosterIssue>> {
  const rows = await db.all<PosterIssue>('SELECT store_code AS storeCode, version, issued_at AS issuedAt FROM store_posters')
  return new Map(rows.map((r) => [r.storeCode, r]))
}

/** Records that these posters were printed; a version already recorded keeps its first issue date. */
export async function recordPosterIssues(db: Queryable, issues: { storeCode: string; version: string }[], now: string): Promise<void> {
  // Reprinting a city's unchanged posters should not rewrite 2,500 rows.
  const known = await posterIssues(db)
  for (const i of issues) {
    if (known.get(i.storeCode)?.version === i.version) continue
    await db.run(
      `INSERT INTO store_posters (store_code, version, issued_at) VALUES (?, ?, ?)
       ON CONFLICT (store_code) DO UPDATE SET version = excluded.version, issued_at = excluded.issued_at
       WHERE store_posters.version <> excluded.version`,
      [i.storeCode, i.version, now],
    )
  }
}

/** The poster version last issued to a store, if any. */
export async function issuedPosterVersion(db: Queryable, storeCode: string): Promise<string | undefined> {
  return (await db.get<{ version: string }>('SELECT version FROM store_posters WHERE store_code = ?', [storeCode]))?.version
}
