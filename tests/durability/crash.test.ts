// The promise behind every 201: a server process killed without warning
// (SIGKILL, the closest a test gets to pulling the plug) in the middle of a
// stream of submissions comes back with every acknowledged case, each
// exactly once, and a database that passes its integrity check. With 64
// senders the submissions are group-committed (server/db/group-commit.ts),
// many to a transaction: a batch is either wholly there or wholly absent,
// and nothing of it was acknowledged before its commit.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { checkDatabaseFile } from '../../server/db/backup.ts'
import { openDatabase } from '../../server/db/database.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { startServer } from '../helpers/server.ts'
import { feedbackBody } from '../helpers/test-app.ts'

const WORKERS = 64
const ENV = { RATE_LIMIT: '0' }

describe('a crash under load', () => {
  it('keeps every acknowledged submission exactly once after SIGKILL and restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'storevoice-crash-'))
    const first = await startServer(ENV, dataDir)
    const acked = new Map<string, Record<string, unknown>>()
    const sent: Record<string, unknown>[] = []
    let crashed = false

    const worker = async (n: number) => {
      while (!crashed) {
        const body = feedbackBody({ storeCode: `4401000${(n % 7) + 1}`, createdAt: new Date().toISOString() })
        sent.push(body)
        try {
          const res = await fetch(`${first.url}/api/feedback`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
          if (res.status === 201 || res.status === 200) acked.set(body.id, body)
          else throw new Error(`unexpected ${res.status}: ${await res.text()}`)
        } catch (err) {
          if (!crashed) throw err
        }
      }
    }
    const load = Promise.all(Array.from({ length: WORKERS }, (_, n) => worker(n)))
    // Somewhere in the stream, not at a quiet moment.
    await sleep(400 + Math.floor(Math.random() * 1200))
    crashed = true
    await first.kill()
    await load
    expect(acked.size).toBeGreaterThan(10)

    const second = await startServer(ENV, dataDir)
    try {
      const db = await openDatabase(join(dataDir, DB_FILE))
      const ids = [...acked.keys()]
      const present = await db.all<{ id: string; created: number }>(
        `SELECT f.id, (SELECT COUNT(*) FROM feedback_events e WHERE e.feedback_id = f.id AND e.type = 'created') AS created
         FROM feedback f WHERE f.id IN (SELECT value FROM json_each(?))`,
        [JSON.stringify(ids)],
      )
      expect(present.length).toBe(ids.length)
      expect(present.every((p) => p.created === 1)).toBe(true)
      // Nothing half-written: every stored case, acknowledged or not, has its
      // one 'created' event, and both rollups count exactly the cases stored.
      const totals = await db.get<{ cases: number; events: number; counted: number; daily: number }>(
        `SELECT (SELECT COUNT(*) FROM feedback) AS cases,
                (SELECT COUNT(*) FROM feedback_events WHERE type = 'created') AS events,
                (SELECT SUM(total) FROM store_summary) AS counted,
                (SELECT SUM(n) FROM feedback_daily) AS daily`,
      )
      expect(totals!.cases).toBeGreaterThanOrEqual(ids.length)
      expect(totals!.events).toBe(totals!.cases)
      expect(totals!.counted).toBe(totals!.cases)
      expect(totals!.daily).toBe(totals!.cases)
      await db.close()

      // Re-sending what was acknowledged is recognised, not stored again.
      for (const body of [...acked.values()].slice(0, 20)) {
        const res = await fetch(`${second.url}/api/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
        expect(res.status).toBe(200)
      }
      expect((await checkDatabaseFile(join(dataDir, DB_FILE))).integrity).toBe('ok')
    } finally {
      await second.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
