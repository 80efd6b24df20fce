import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

// `npm test` builds the front end (dist/) before the suites run.
describe('page weight', () => {
  it('keeps every entry within its gzipped budget, the buyer page within 25 KB', () => {
    const r = spawnSync(process.execPath, ['scripts/size.mjs'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stdout).toMatch(/^ok\s+index\.html\s+[\d.]+ KB gzipped of 25 KB/m)
    expect(r.stdout).toContain('kiosk.html')
    expect(r.status, r.stdout + r.stderr).toBe(0)
  })
})
