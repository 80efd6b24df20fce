// `npm run backup` while buyers keep submitting gives a whole, consistent
// copy; `npm run restore` refuses to touch a running server's database and,
// with the server stopped, puts the copy back.
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkDatabaseFile } from '../../server/db/backup.ts'
import { openDatabase } from '../../server/db/database.ts'
import { startServer } from '../helpers/server.ts'
import { phoneJpeg } from '../helpers/photos.ts'
import { ADMIN_PASSWORD, feedbackBody } from '../helpers/test-app.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const ENV = { RATE_LIMIT: '0' }

function npmRun(script: 'backup' | 'restore', file: string, dataDir: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, file], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
  })
  let out = ''
  child.stdout.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr.on('data', (d: Buffer) => (out += d.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })))
}

describe('backup and restore', () => {
  it('backs up under load into a consistent file, and restores it into a stopped server', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'storevoice-backup-'))
    const backup = join(dataDir, 'nightly.db')
    let server = await startServer(ENV, dataDir)
    let loading = true
    let acks = 0
    const load = Promise.all(
      Array.from({ length: 8 }, async () => {
        while (loading) {
          const res = await fetch(`${server.url}/api/feedback`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(feedbackBody({ createdAt: new Date().toISOString() })),
          })
          expect(res.status).toBe(201)
          acks++
        }
      }),
    )
    try {
      await new Promise((r) => setTimeout(r, 300))
      const before = acks
      const taken = await npmRun('backup', backup, dataDir)
      const ackedDuringBackup = acks - before
      loading = false
      await load
      expect(taken.code, taken.out).toBe(0)
      expect(taken.out).toMatch(/integrity ok/)
      expect(ackedDuringBackup).toBeGreaterThan(0)

      const copy = await checkDatabaseFile(backup)
      expect(copy.integrity).toBe('ok')
      expect(copy.cases).toBeGreaterThan(0)
      // A consistent snapshot: every case has its event and its count.
      const db = await openDatabase(backup)
      const shape = await db.get<{ cases: number; events: number; counted: number }>(
        `SELECT (SELECT COUNT(*) FROM feedback) AS cases,
                (SELECT COUNT(*) FROM feedback_events WHERE type = 'created') AS events,
                (SELECT SUM(total) FROM store_summary) AS counted`,
      )
      await db.close()
      expect(shape).toEqual({ cases: copy.cases, events: copy.cases, counted: copy.cases })

      expect((await npmRun('backup', backup, dataDir)).code).not.toBe(0)
      const refused = await npmRun('restore', backup, dataDir)
      expect(refused.code).not.toBe(0)
      expect(refused.out).toMatch(/running/)

      // More cases after the backup, which the restore rolls back.
      expect(await server.stop()).toBe(0)
      const live = await checkDatabaseFile(join(dataDir, 'storevoice.db'))
      expect(live.cases).toBeGreaterThan(copy.cases)
      const restored = await npmRun('restore', backup, dataDir)
      expect(restored.code, restored.out).toBe(0)
      server = await startServer(ENV, dataDir)
      expect((await checkDatabaseFile(join(dataDir, 'storevoice.db'))).cases).toBe(copy.cases)
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    } finally {
      loading = false
      await server.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('keeps the photos: a backup restored onto an empty data directory serves the same picture', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'storevoice-photos-'))
    const fresh = await mkdtemp(join(tmpdir(), 'storevoice-photos-restored-'))
    const backup = join(dataDir, 'with-photos.db')
    const env = { ...ENV, ADMIN_PASSWORD }
    let server = await startServer(env, dataDir)
    try {
      const body = feedbackBody({ createdAt: new Date().toISOString() })
      expect((await fetch(`${server.url}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status).toBe(201)
      const uploaded = await fetch(`${server.url}/api/feedback/${body.id}/photos`, { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: new Uint8Array(await phoneJpeg()) })
      expect(uploaded.status).toBe(201)
      const { photoId } = (await uploaded.json()) as { photoId: string }
      const photo = async () => {
        const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) })
        const cookie = login.headers.get('set-cookie')!.split(';')[0]!
        const res = await fetch(`${server.url}/api/admin/photos/${photoId}`, { headers: { cookie } })
        return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) }
      }
      const before = await photo()
      expect(before.status).toBe(200)

      const taken = await npmRun('backup', backup, dataDir)
      expect(taken.code, taken.out).toBe(0)
      expect(taken.out).toMatch(/1 photo files/)
      expect(await server.stop()).toBe(0)

      const restored = await npmRun('restore', backup, fresh)
      expect(restored.code, restored.out).toBe(0)
      server = await startServer(env, fresh)
      const after = await photo()
      expect(after.status).toBe(200)
      expect(after.bytes.equals(before.bytes)).toBe(true)
    } finally {
      await server.stop()
      await rm(dataDir, { recursive: true, force: true })
      await rm(fresh, { recursive: true, force: true })
    }
  })

  it('refuses to restore a file that is not a StoreVoice database', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'storevoice-restore-'))
    const junk = join(dataDir, 'junk.db')
    await import('node:fs/promises').then((fs) => fs.writeFile(junk, 'not a database at all'.repeat(100)))
    const r = await npmRun('restore', junk, dataDir)
    expect(r.code).not.toBe(0)
    expect(r.out).toMatch(/Restore failed/)
    await rm(dataDir, { recursive: true, force: true })
  })
})
