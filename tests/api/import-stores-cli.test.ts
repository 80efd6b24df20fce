// `npm run import-stores` on a data directory, as an office would run it:
// a dry run that writes nothing, then --apply.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readConfig } from '../../server/config.ts'
import { systemClock } from '../../server/clock.ts'
import { openData } from '../../server/open-data.ts'
import { getStore } from '../../server/db/queries/stores.ts'
import { encodeGbk } from '../helpers/gbk.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

describe('the import-stores command', () => {
  let dir: string
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'storevoice-cli-'))))
  afterEach(() => rm(dir, { recursive: true, force: true }))

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-stores.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: join(dir, 'data'), SEED_DEMO: '0', ADMIN_PASSWORD: 'cli-admin-pass' },
      encoding: 'utf8',
    })

  it('dry-runs, then applies a GBK file on an empty data directory', async () => {
    const file = join(dir, 'stores.csv')
    await writeFile(file, encodeGbk('站点编号,名称,区,在营\r\n44010001,东城人民幸运体彩站,东城区,是\r\n44010002,,东城区,是\r\n'))

    const dry = run(file)
    expect(dry.stdout).toContain('Dry run')
    expect(dry.stdout).toContain('add 1')
    expect(dry.stdout).toContain('line 3: name required')
    expect(dry.status).toBe(1)

    const applied = run(file, '--apply', '--json')
    const report = JSON.parse(applied.stdout)
    expect(report).toMatchObject({ applied: true, encoding: 'gb18030', add: [{ line: 2, code: '44010001' }] })

    const { db } = await openData(readConfig({ DATA_DIR: join(dir, 'data'), SEED_DEMO: '0', ADMIN_PASSWORD: 'cli-admin-pass' }), systemClock)
    try {
      expect(await getStore(db, '44010001')).toMatchObject({ name: '东城人民幸运体彩站', active: true })
    } finally {
      await db.close()
    }
  })

  it('explains a missing file argument', () => {
    const res = run()
    expect(res.status).toBe(2)
    expect(res.stderr).toContain('usage: npm run import-stores')
  })
})
