import { describe, expect, it } from 'vitest'
import { countSubmission, recentSubmissions, SUMMARY_DAYS, type StoreSummary } from './store-summary.ts'

const blank = (): StoreSummary => ({ total: 0, open: 0, byCategory: {}, closeHours: {}, dayAnchor: '', days: [] })

describe('a store summary', () => {
  it('counts submissions into the day they arrived and reads the windows from any later day', () => {
    const s = blank()
    countSubmission(s, 'service_attitude', '2026-11-01', true)
    countSubmission(s, 'service_attitude', '2026-11-20', true)
    countSubmission(s, 'payout_refused', '2026-11-30', true)
    countSubmission(s, 'payout_refused', '2026-11-30', true)
    expect(s).toMatchObject({ total: 4, open: 4, byCategory: { service_attitude: 2, payout_refused: 2 }, dayAnchor: '2026-11-30' })
    expect(recentSubmissions(s, '2026-11-30')).toEqual({ today: 2, last7: 2, last30: 4, last90: 4, prior28: 1 })
    // A week later nothing new has come: today is empty, the windows slide.
    expect(recentSubmissions(s, '2026-12-07')).toEqual({ today: 0, last7: 0, last30: 3, last90: 4, prior28: 3 })
  })

  it('keeps a late count for a day before the newest one, and forgets days past the 91st', () => {
    const s = blank()
    countSubmission(s, 'x', '2026-11-30', true)
    countSubmission(s, 'x', '2026-11-28', true)
    expect(recentSubmissions(s, '2026-11-30')).toMatchObject({ today: 1, last7: 2 })
    countSubmission(s, 'x', '2027-06-01', true)
    expect(s.days).toHaveLength(SUMMARY_DAYS)
    expect(recentSubmissions(s, '2027-06-01')).toEqual({ today: 1, last7: 1, last30: 1, last90: 1, prior28: 0 })
    expect(s.total).toBe(3)
  })

  it('does not count days after the one it is read on', () => {
    const s = blank()
    countSubmission(s, 'x', '2026-11-30', true)
    expect(recentSubmissions(s, '2026-11-29')).toEqual({ today: 0, last7: 0, last30: 0, last90: 0, prior28: 0 })
  })
})
