import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { csvCell } from '../../server/cases/case-csv.ts'
import { storeCase } from '../../server/cases/submit-feedback.ts'
import { newFeedbackId, newReceipt } from '../../shared/receipt.ts'
import { loginSession, makeTestApp, staffSession, submitCase, type StaffSession, type TestApp } from '../helpers/test-app.ts'

describe('the CSV export of the inbox', () => {
  let t: TestApp
  let admin: StaffSession
  beforeEach(async () => {
    t = await makeTestApp()
    admin = await loginSession(t.app)
  })
  afterEach(() => t.close())

  const exportCsv = (query = '', s = admin) => t.app.request(`/api/admin/feedback.csv${query}`, { headers: s.headers })

  it('starts with a UTF-8 BOM so Excel reads the Chinese, and masks contact data', async () => {
    await submitCase(t)
    const res = await exportCsv()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="feedback-\d{8}\.csv"/)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n')
    expect(lines[0]).toBe('受理编号,受理时间,站点编号,站点名称,区,类型,类别,状态,承办人,办理期限,是否超期,办结时间,渠道,内容,联系人,联系电话,照片数')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('138****5678')
    expect(lines[1]).toContain('张*')
    expect(lines[1]).not.toContain('13812345678')
    expect(lines[1]).toContain('服务态度差')
  })

  it('defuses cells a spreadsheet would run as a formula', async () => {
    await submitCase(t, { message: '=HYPERLINK("http://evil.example","点我")' })
    await submitCase(t, { message: '@SUM(1+1) 店员辱骂顾客' })
    const text = await (await exportCsv()).text()
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`)
    expect(text).toContain(`'@SUM(1+1) 店员辱骂顾客`)
    expect(csvCell('-1+2')).toBe(`'-1+2`)
    expect(csvCell('+86 138')).toBe(`'+86 138`)
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('正常内容')).toBe('正常内容')
  })

  it('exports the same filter as the inbox', async () => {
    for (let i = 0; i < 3; i++) await submitCase(t, { storeCode: '44020001', message: `西城区第${i}件投诉内容` })
    await submitCase(t, { storeCode: '44010001' })
    const text = await (await exportCsv('?district=西城区')).text()
    expect(text.trimEnd().split('\r\n')).toHaveLength(4)
    expect(text).not.toContain('44010001')
  })

  it('streams every row exactly once across its pages, even when many share a timestamp', async () => {
    const receivedAt = t.clock.now().toISOString()
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < 1234; i++) {
        const id = newFeedbackId()
        await storeCase(tx, {
          id, receipt: newReceipt(), payloadHash: id, storeCode: '44010001', kind: 'complaint', categoryId: 'service_attitude',
          message: `批量第${i}件`, contactName: null, contactPhone: null, anonymous: false, channel: 'qr',
          createdAt: receivedAt, receivedAt, dueAt: receivedAt,
        })
      }
    })
    const lines = (await (await exportCsv()).text()).trimEnd().split('\r\n').slice(1)
    expect(lines).toHaveLength(1234)
    expect(new Set(lines.map((l) => l.split(',')[0])).size).toBe(1234)
  })

  it('exports full contact data only to centre staff who ask for it, and audits every export', async () => {
    await submitCase(t)
    const sup = await staffSession(t, 'sup-east', 'supervisor', { districts: ['东城区'] })
    expect((await exportCsv('?reveal=1', sup)).status).toBe(403)
    const text = await (await exportCsv('?reveal=1')).text()
    expect(text).toContain('13812345678')
    await (await exportCsv('?status=new', sup)).text()
    const audit = await (await t.app.request('/api/admin/audit?action=export', { headers: admin.headers })).json()
    expect(audit.items.map((e: { actor: string; detail: { reveal: boolean } }) => [e.actor, e.detail.reveal])).toEqual([
      ['sup-east', false],
      ['admin', true],
    ])
  })

  it('writes times as staff read them, in China time, and names the file by the China date', async () => {
    // 21:21 UTC on 1 December is 05:21 on 2 December in China.
    const late = await makeTestApp({ now: '2026-12-01T21:21:00.000Z' })
    try {
      await submitCase(late)
      const res = await late.app.request('/api/admin/feedback.csv', { headers: (await loginSession(late.app)).headers })
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="feedback-20261202.csv"')
      const row = (await res.text()).trimEnd().split('\r\n')[1]!
      expect(row).toContain(',2026-12-02 05:21,')
      expect(row).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
    } finally {
      await late.close()
    }
  })
})
