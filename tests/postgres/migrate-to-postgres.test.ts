// A city moving to PostgreSQL: its SQLite data directory is copied, every
// count checked, and the kit then serves the same cases, accounts and
// numbers from PostgreSQL.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.ts'
import { readConfig } from '../../server/config.ts'
import { openData } from '../../server/open-data.ts'
import { ADMIN_PASSWORD, loginSession, makeTestApp, submitCase, testClock } from '../helpers/test-app.ts'
import { testDatabase } from '../helpers/test-database.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

describe.skipIf(!process.env.TEST_DATABASE_URL)('npm run migrate-to-postgres', () => {
  it('copies a SQLite data directory into PostgreSQL, and the kit serves the same data from there', async () => {
    // The SQLite kit, with a case, a reply and an account of its own.
    const lite = await makeTestApp({ env: { DATABASE_URL: '' } })
    const target = await testDatabase()
    try {
      expect(lite.db.engine).toBe('sqlite')
      const sent = await submitCase(lite)
      await submitCase(lite, { storeCode: '44020001' })
      const admin = await loginSession(lite.app)
      const reply = await lite.app.request(`/api/admin/feedback/${sent.id}/replies`, {
        method: 'POST',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ text: '已受理，正在核实。', public: true }),
      })
      expect(reply.status).toBe(201)
      const statsBefore = await (await lite.app.request('/api/admin/stats/stores?pageSize=100', { headers: admin.headers })).json()

      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate-to-postgres.ts', '--from', lite.dataDir, '--to', target.url], {
        cwd: ROOT,
        encoding: 'utf8',
      })
      expect(run.status, run.stderr).toBe(0)
      expect(run.stdout).toMatch(/every count matches/)
      expect(run.stdout).toMatch(/^feedback: 2 rows$/m)

      // A second copy into the same database is refused, not doubled.
      const again = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate-to-postgres.ts', '--from', lite.dataDir, '--to', target.url], {
        cwd: ROOT,
        encoding: 'utf8',
      })
      expect(again.status).toBe(1)
      expect(again.stderr).toMatch(/not empty/)

      const config = readConfig({ DATA_DIR: lite.dataDir, DATABASE_URL: target.url, ADMIN_PASSWORD })
      const clock = testClock()
      const { db, calendar } = await openData(config, clock)
      try {
        expect(db.engine).toBe('postgres')
        const pgApp = createApp({ db, clock, config, calendar, staticDir: ROOT })
        const pgAdmin = await loginSession(pgApp)
        expect(await (await pgApp.request('/api/admin/stats/stores?pageSize=100', { headers: pgAdmin.headers })).json()).toEqual(statsBefore)
        const track = await (await pgApp.request(`/api/track/${sent.receipt}`)).json()
        expect(JSON.stringify(track)).toContain('已受理，正在核实。')
        // New rows get fresh ids after the copied ones.
        const next = await pgApp.request(`/api/admin/feedback/${sent.id}/replies`, {
          method: 'POST',
          headers: { ...pgAdmin.headers, 'content-type': 'application/json' },
          body: JSON.stringify({ text: '整改完成。', public: true }),
        })
        expect(next.status).toBe(201)
      } finally {
        await db.close()
      }
    } finally {
      await target.drop()
      await lite.close()
    }
  })
})
