import { describe, expect, it } from 'vitest'
import { makeTestApp } from '../helpers/test-app.ts'

const url = process.env.TEST_DATABASE_URL

describe.skipIf(!url)('the PostgreSQL engine (TEST_DATABASE_URL)', () => {
  it('migrates and seeds a PostgreSQL database and serves the kit from it', async () => {
    const t = await makeTestApp()
    try {
      expect(t.db.engine).toBe('postgres')
      const res = await t.app.request('/api/stores/44010001')
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ code: '44010001' })
    } finally {
      await t.close()
    }
  })
})
