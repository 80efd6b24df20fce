// A district name is held to one rule wherever staff type it: the store
// form, a row of the CSV import and a supervisor's districts on the user
// form all take 40 characters and refuse 41 with the same field error.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StoreImportReport } from '../../shared/api-types.ts'
import { loginHeaders, makeTestApp, postJson, type TestApp } from '../helpers/test-app.ts'

const LONGEST = '东'.repeat(39) + '区'
const TOO_LONG = '东'.repeat(40) + '区'

describe('one rule for a district name', () => {
  let t: TestApp
  let admin: Record<string, string>
  beforeEach(async () => {
    t = await makeTestApp({ seedDemo: false })
    admin = await loginHeaders(t.app)
  })
  afterEach(() => t.close())

  const storeForm = (code: string, district: string) =>
    postJson(t.app, '/api/admin/stores', { code, name: '某体彩站', district }, admin)

  const importRow = async (code: string, district: string) => {
    const res = await t.app.request('/api/admin/stores/import?apply=1', {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: `站点编号,名称,区\r\n${code},某体彩站,${district}\r\n`,
    })
    expect(res.status).toBe(200)
    return (await res.json()) as StoreImportReport
  }

  const userForm = (username: string, district: string) =>
    postJson(t.app, '/api/admin/users', { username, password: 'long-enough-pass', role: 'supervisor', districts: [district] }, admin)

  it('takes a 40-character district on the store form, in the CSV import and on the user form', async () => {
    expect((await storeForm('44500001', LONGEST)).status).toBe(201)
    expect((await importRow('44500002', LONGEST)).invalid).toEqual([])
    expect((await userForm('east-sup', LONGEST)).status).toBe(201)
    const stores = await (await t.app.request(`/api/stores?district=${encodeURIComponent(LONGEST)}`)).json()
    expect(stores.items.map((s: { code: string }) => s.code)).toEqual(['44500001', '44500002'])
  })

  it('refuses a 41-character district the same way in all three', async () => {
    const form = await storeForm('44500001', TOO_LONG)
    expect(form.status).toBe(400)
    expect((await form.json()).error.fields).toEqual({ district: 'too_long' })

    expect((await importRow('44500002', TOO_LONG)).invalid).toEqual([{ line: 2, field: 'district', reason: 'too_long', code: '44500002' }])

    const user = await userForm('east-sup', TOO_LONG)
    expect(user.status).toBe(400)
    expect((await user.json()).error.fields).toEqual({ 'districts.0': 'too_long' })
  })

  it('refuses an empty district the same way on the store form and in the import', async () => {
    const form = await storeForm('44500001', '  ')
    expect((await form.json()).error.fields).toEqual({ district: 'required' })
    expect((await importRow('44500002', '')).invalid).toEqual([{ line: 2, field: 'district', reason: 'required', code: '44500002' }])
    expect((await (await userForm('east-sup', ' ')).json()).error.fields).toEqual({ 'districts.0': 'required' })
  })
})
