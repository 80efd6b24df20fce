// Migration 0042: a database whose summaries counted praise as open comes
// out with praise counted but not open, and 0041 leaves no unread counters.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from './database.ts'
import { loadMigrations, migrate } from './migrate.ts'
import { getStoreSummary } from './queries/store-summary.ts'

describe('upgrading a database where praise was counted as open', () => {
  it('keeps every case counted, takes praise out of open and keeps the time to close', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storevoice-mig-'))
    const db = await openDatabase(join(dir, 'db.sqlite'))
    try {
      const all = await loadMigrations()
      await migrate(db, all.filter((m) => m.version <= 40))
      await db.exec(`
        INSERT INTO categories (id, kind, label_zh, label_en, sla_days) VALUES
          ('praise_service', 'praise', '服务', 'Service', 15), ('service_attitude', 'complaint', '服务态度', 'Attitude', 5);
        INSERT INTO feedback (id, receipt, payload_hash, store_code, kind, category_id, message, channel, status,
          created_at, received_at, due_at, updated_at, closed_at) VALUES
          ('a', 'RA', '', NULL, 'praise', 'praise_service', '很好', 'qr', 'new',
            '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-20T00:00:00.000Z', '2026-11-01T00:00:00.000Z', NULL),
          ('b', 'RB', '', NULL, 'complaint', 'service_attitude', '态度差', 'qr', 'in_progress',
            '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z', '2026-11-01T00:00:00.000Z', NULL),
          ('c', 'RC', '', NULL, 'complaint', 'service_attitude', '又差', 'qr', 'closed',
            '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z', '2026-11-01T00:00:00.000Z',
            '2026-11-01T05:00:00.001Z');
        INSERT INTO store_summary (store_code, total, open, by_category, close_hours)
          VALUES ('', 3, 2, '{"praise_service":1,"service_attitude":2}', '{"6":1}');`)
      await migrate(db, all)
      const row = await getStoreSummary(db, '')
      expect(row).toMatchObject({ total: 3, open: 1 })
      expect(JSON.parse(row!.byCategory)).toEqual({ praise_service: 1, service_attitude: 2 })
      expect(JSON.parse(row!.closeHours)).toEqual({ '6': 1 })
      const left = await db.all<{ name: string }>(
        "SELECT name FROM sqlite_master WHERE name IN ('feedback_counts', 'feedback_close_hours')",
      )
      expect(left).toEqual([])
    } finally {
      await db.close()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
