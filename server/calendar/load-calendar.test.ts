import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCalendarFiles } from './load-calendar.ts'

const SHIPPED_2026 = new URL('./cn-2026.json', import.meta.url)

describe('the shipped holiday schedules', () => {
  let dir: string
  beforeEach(async () => {
    dir = (await mkdtemp(join(tmpdir(), 'calendar-'))) + '/'
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  const ship = (name: string, content: unknown) =>
    writeFile(dir + name, typeof content === 'string' ? content : JSON.stringify(content))

  it('reads the schedule that ships with the server', async () => {
    const [y2026] = await readCalendarFiles()
    expect(y2026).toMatchObject({ year: 2026, workdays: expect.arrayContaining(['2026-10-10']) })
    expect(y2026!.holidays).toContainEqual({ name: '国庆节', from: '2026-10-01', to: '2026-10-07' })
  })

  it('refuses to start on a malformed file, naming the file and the field', async () => {
    const good = JSON.parse(await readFile(SHIPPED_2026, 'utf8'))
    await ship('cn-2026.json', { ...good, holidays: [{ name: '国庆节', from: '2026-10-01' }] })
    await expect(readCalendarFiles(dir)).rejects.toThrow(/cn-2026\.json .*holidays\.0\.to required/)
  })

  it('refuses a file whose dates belong to another year or whose make-up day is a weekday', async () => {
    await ship('cn-2027.json', { year: 2027, holidays: [{ name: '春节', from: '2026-02-06', to: '2027-02-13' }], workdays: ['2027-02-15'] })
    await expect(readCalendarFiles(dir)).rejects.toThrow(/cn-2027\.json .*holidays\.0\.from invalid, workdays\.0 invalid/)
  })

  it('refuses a file named for one year holding another', async () => {
    const good = JSON.parse(await readFile(SHIPPED_2026, 'utf8'))
    await ship('cn-2027.json', good)
    await expect(readCalendarFiles(dir)).rejects.toThrow(/cn-2027\.json holds the schedule of 2026/)
  })

  it('refuses a file that is not JSON', async () => {
    await ship('cn-2026.json', '{ "year": 2026,')
    await expect(readCalendarFiles(dir)).rejects.toThrow(/cn-2026\.json is not valid JSON/)
  })
})
