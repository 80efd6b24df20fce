import { describe, expect, it } from 'vitest'
import { parseWith } from './schemas.ts'
import { scheduleMisfits, yearScheduleFileSchema } from './holiday-schedule.ts'

const FILE_2027 = {
  year: 2027,
  source: '国务院办公厅通知',
  holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-11' }],
  workdays: ['2027-02-20'],
}

describe('a holiday-schedule file', () => {
  it('takes a year’s schedule as the State Council publishes it', () => {
    const parsed = parseWith(yearScheduleFileSchema, FILE_2027)
    expect(parsed).toEqual({ ok: true, value: FILE_2027 })
    expect(scheduleMisfits(2027, FILE_2027)).toEqual({})
  })

  it('refuses a malformed file field by field', () => {
    const parsed = parseWith(yearScheduleFileSchema, {
      year: '2027',
      holidays: [{ name: '春节', from: '2027-02-05' }],
      workday: ['2027-02-20'],
    })
    expect(parsed).toEqual({
      ok: false,
      fields: { year: 'invalid', 'holidays.0.to': 'required', workdays: 'required', workday: 'not_allowed' },
    })
  })

  it('refuses dates outside the year and a make-up working day on a weekday', () => {
    const misfits = scheduleMisfits(2027, { holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-02' }], workdays: ['2027-02-15'] })
    expect(misfits).toEqual({ 'holidays.0.from': 'invalid', 'workdays.0': 'invalid' })
  })
})
