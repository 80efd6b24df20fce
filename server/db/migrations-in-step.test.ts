// Both engines must walk through the same numbered migrations: a change
// given to one and not the other would leave their schemas apart.
import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { loadMigrations } from './migrate.ts'

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url))

describe('migrations on both engines', () => {
  it('lists the same migrations, in the same order, for SQLite and PostgreSQL', async () => {
    const sqlite = await loadMigrations(undefined, 'sqlite')
    const postgres = await loadMigrations(undefined, 'postgres')
    expect(postgres.map((m) => `${m.version}_${m.name}`)).toEqual(sqlite.map((m) => `${m.version}_${m.name}`))
    expect(sqlite.length).toBeGreaterThan(10)
  })

  it('has a PostgreSQL spelling only beside a migration of the same number and name', async () => {
    const files = await readdir(MIGRATIONS_DIR)
    const overrides = files.filter((f) => f.endsWith('.pg.sql'))
    expect(overrides.length).toBeGreaterThan(0)
    for (const f of overrides) expect(files).toContain(f.replace(/\.pg\.sql$/, '.sql'))
  })
})
