// Migration 0030 turns the foundation's notices into versioned documents
// without losing what stores were showing.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from './database.ts'
import { loadMigrations, migrate } from './migrate.ts'
import { effectiveNoticeVersions } from './queries/notices.ts'

describe('migrating notices to versioned documents', () => {
  it('keeps every notice a foundation database had, as version of a document with its key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storevoice-mig-'))
    const db = await openDatabase(join(dir, 'db.sqlite'))
    try {
      const all = await loadMigrations()
      await migrate(db, all.filter((m) => m.version === 1))
      const at = '2026-11-01T00:00:00.000Z'
      await db.run("INSERT INTO notices (title, body, version, sort_order, created_at) VALUES ('合规', '正文一', 1, 0, ?)", [at])
      await db.run("INSERT INTO notices (title, body, version, sort_order, created_at) VALUES ('理性', '正文二', 2, 1, ?)", [at])
      await db.run("INSERT INTO notices (title, body, version, sort_order, active, created_at) VALUES ('旧的', '正文三', 1, 5, 0, ?)", [at])
      await migrate(db, all)
      const shown = await effectiveNoticeVersions(db, '2026-11-30')
      expect(shown.map((n) => [n.key, n.title, n.version, n.scope, n.effectiveDate])).toEqual([
        ['compliance', '合规', 1, 'all', '2026-11-01'],
        ['responsible_play', '理性', 2, 'all', '2026-11-01'],
      ])
      expect(await effectiveNoticeVersions(db, '2026-10-31')).toEqual([])
    } finally {
      await db.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
