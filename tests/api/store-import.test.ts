import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StoreImportReport } from '../../shared/api-types.ts'
import { encodeGbk } from '../helpers/gbk.ts'
import { loginHeaders, makeTestApp, type TestApp } from '../helpers/test-app.ts'

const HEADER_ZH = '站点编号,名称,区,地址,专管员,专管员电话,在营'

function csv(lines: string[]): string {
  return lines.join('\r\n') + '\r\n'
}

function cityCsv(n: number): string {
  const lines = [HEADER_ZH]
  for (let i = 1; i <= n; i++) {
    const d = (i % 10) + 1
    lines.push(`46${String(i).padStart(6, '0')},第${i}号体彩站,第${d}区,人民路${i}号,专管员${d},1390000${String(d).padStart(4, '0')},是`)
  }
  return csv(lines)
}

describe('importing the store list from CSV', () => {
  let t: TestApp
  let cookie: Record<string, string>
  beforeEach(async () => {
    t = await makeTestApp({ seedDemo: false })
    cookie = await loginHeaders(t.app)
  })
  afterEach(() => t.close())

  const upload = async (body: string | Uint8Array, query = '', type = 'text/csv') => {
    const res = await t.app.request(`/api/admin/stores/import${query}`, {
      method: 'POST',
      headers: { ...cookie, 'content-type': type },
      body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
    })
    return { status: res.status, body: (await res.json()) as StoreImportReport & { error?: { code: string; fields?: Record<string, string> } } }
  }
  const store = async (code: string) => (await t.app.request(`/api/stores/${code}`)).json()

  const sample = csv([
    HEADER_ZH,
    '44010001,东城人民幸运体彩站,东城区,东城区人民路17号,王建国,13901002000,是',
    '44010002,"东城解放福星体彩站, 二店",东城区,"东城区解放路24号",王建国,13901002000,',
  ])

  it('reports what a UTF-8 file would add without changing anything, then applies it', async () => {
    const dry = await upload(sample)
    expect(dry.status).toBe(200)
    expect(dry.body).toMatchObject({ applied: false, rows: 2, unchanged: 0, invalid: [], encoding: 'utf-8' })
    expect(dry.body.add.map((a) => [a.line, a.code])).toEqual([
      [2, '44010001'],
      [3, '44010002'],
    ])
    expect((await t.app.request('/api/stores/44010001')).status).toBe(404)

    const applied = await upload(sample, '?apply=1')
    expect(applied.body.applied).toBe(true)
    expect(await store('44010002')).toMatchObject({
      name: '东城解放福星体彩站, 二店',
      district: '东城区',
      active: true,
      supervisor: { name: '王建国', phone: '13901002000' },
    })
  })

  it('reads a file saved with a BOM, and one saved as GBK by Excel', async () => {
    const bom = await upload(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]), '?apply=1')
    expect(bom.body).toMatchObject({ applied: true, encoding: 'utf-8', invalid: [], unknownColumns: [] })
    expect(bom.body.add).toHaveLength(2)

    const gbk = encodeGbk(csv([HEADER_ZH, '44020001,西城中山吉祥体彩站,西城区,西城区中山路9号,李秀英,13902002037,是']))
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow()
    const res = await upload(gbk, '?apply=1')
    expect(res.body).toMatchObject({ applied: true, encoding: 'gb18030', invalid: [] })
    expect(await store('44020001')).toMatchObject({ name: '西城中山吉祥体彩站', district: '西城区', supervisor: { name: '李秀英' } })
  })

  it('matches English headers in any order and reports unknown columns', async () => {
    const res = await upload(csv(['District,Name,Code,Remarks,active', '北山区,北山建设体彩站,44040001,新开,yes']), '?apply=1')
    expect(res.body).toMatchObject({ applied: true, unknownColumns: ['Remarks'], invalid: [] })
    expect(await store('44040001')).toMatchObject({ name: '北山建设体彩站', district: '北山区', address: '' })
  })

  it('reports every bad row with its line in the file and imports the good ones', async () => {
    const res = await upload(
      csv([
        HEADER_ZH,
        '44010001,好站点,东城区,,,,是',
        ',没有编号的站点,东城区,,,,是',
        '44010003,"名称里有',
        '换行的站点",东城区,,,,是',
        '',
        '44010004,,东城区,,,,是',
        '44010005,电话不对,东城区,,张三,call me,是',
        '44010006,在营写错,东城区,,,,也许',
        '44010001,重复编号,东城区,,,,是',
      ]),
      '?apply=1',
    )
    expect(res.status).toBe(200)
    expect(res.body.add.map((a) => [a.line, a.code])).toEqual([
      [2, '44010001'],
      [4, '44010003'],
    ])
    expect(res.body.invalid).toEqual([
      { line: 3, field: 'code', reason: 'invalid' },
      { line: 7, field: 'name', reason: 'required', code: '44010004' },
      { line: 8, field: 'supervisorPhone', reason: 'invalid', code: '44010005' },
      { line: 9, field: 'active', reason: 'invalid', code: '44010006' },
      { line: 10, field: 'code', reason: 'duplicate', code: '44010001' },
    ])
    expect((await store('44010003')).name).toBe('名称里有 换行的站点')
    expect((await t.app.request('/api/stores/44010004')).status).toBe(404)
  })

  it('refuses a file without the required columns, naming them, and changes nothing', async () => {
    const res = await upload(csv(['名称,地址', '某站,某路']), '?apply=1')
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'validation_failed', fields: { 'column.code': 'required', 'column.district': 'required' } })
  })

  it('refuses a body that is not CSV, empty, or too large', async () => {
    expect((await upload(sample, '', 'application/json')).status).toBe(415)
    expect((await upload('', '', 'text/csv')).status).toBe(400)
    expect((await upload(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41))).status).toBe(413)
  })

  it('changes, deactivates and reactivates stores; re-importing the same file changes nothing', async () => {
    await upload(sample, '?apply=1')
    const edited = csv([
      HEADER_ZH,
      '44010001,东城人民幸运体彩站,东城区,东城区人民路17号,赵磊,13907002222,是',
      '44010002,"东城解放福星体彩站, 二店",东城区,东城区解放路24号,王建国,13901002000,否',
    ])
    const dry = await upload(edited)
    expect(dry.body.change).toEqual([
      {
        line: 2,
        code: '44010001',
        changes: { supervisorName: { from: '王建国', to: '赵磊' }, supervisorPhone: { from: '13901002000', to: '13907002222' } },
      },
    ])
    expect(dry.body.deactivate).toEqual([{ line: 3, code: '44010002', name: '东城解放福星体彩站, 二店' }])
    await upload(edited, '?apply=1')
    expect(await store('44010002')).toMatchObject({ active: false, name: '东城解放福星体彩站, 二店' })

    const again = await upload(edited, '?apply=1')
    expect(again.body).toMatchObject({ add: [], change: [], deactivate: [], unchanged: 2, invalid: [] })

    const back = await upload(sample)
    expect(back.body.change.find((c) => c.code === '44010002')?.changes.active).toEqual({ from: false, to: true })
  })

  it('only reports stores missing from the file unless asked to deactivate them', async () => {
    await upload(sample, '?apply=1')
    const partial = csv([HEADER_ZH, '44010001,东城人民幸运体彩站,东城区,东城区人民路17号,王建国,13901002000,是'])
    const dry = await upload(partial, '?apply=1')
    expect(dry.body.missing.map((m) => m.code)).toEqual(['44010002'])
    expect(dry.body.deactivate).toEqual([])
    expect((await store('44010002')).active).toBe(true)

    const res = await upload(partial, '?apply=1&deactivateMissing=1')
    expect(res.body.deactivate).toEqual([{ line: null, code: '44010002', name: '东城解放福星体彩站, 二店' }])
    expect((await store('44010002')).active).toBe(false)
  })

  it('imports a city of 2,500 stores in one go, and the same file again changes nothing', async () => {
    const file = cityCsv(2500)
    const first = await upload(file, '?apply=1')
    expect(first.body.add).toHaveLength(2500)
    expect(first.body.invalid).toEqual([])
    const directory = await (await t.app.request('/api/stores?district=' + encodeURIComponent('第3区'))).json()
    expect(directory.total).toBe(250)
    const second = await upload(file, '?apply=1')
    expect(second.body).toMatchObject({ add: [], change: [], deactivate: [], missing: [], unchanged: 2500 })
  })

  it('lets only staff and admins import', async () => {
    const { hashPassword } = await import('../../server/auth/password.ts')
    const { createUser } = await import('../../server/db/queries/users.ts')
    await createUser(t.db, { username: 'sup', passwordHash: await hashPassword('pass-for-tests'), role: 'supervisor', districts: ['东城区'] }, t.clock.now().toISOString())
    const supCookie = await loginHeaders(t.app, 'sup', 'pass-for-tests')
    const res = await t.app.request('/api/admin/stores/import?apply=1', { method: 'POST', headers: { ...supCookie, 'content-type': 'text/csv' }, body: sample })
    expect(res.status).toBe(403)
    expect((await t.app.request('/api/stores/44010001')).status).toBe(404)
  })
})
