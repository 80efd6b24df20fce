import { describe, expect, it } from 'vitest'
import { closeHoursBucket, histogramMedian } from './close-hours.ts'

describe('time to close', () => {
  it('buckets to the hour under a day and to the whole day beyond', () => {
    expect(closeHoursBucket('2026-11-30T02:00:00Z', '2026-11-30T02:30:00Z')).toBe(1)
    expect(closeHoursBucket('2026-11-30T02:00:00Z', '2026-12-01T02:00:00Z')).toBe(24)
    expect(closeHoursBucket('2026-11-30T02:00:00Z', '2026-12-01T03:00:00Z')).toBe(48)
  })

  it('takes the median from the histogram', () => {
    expect(histogramMedian(new Map())).toBeNull()
    expect(histogramMedian(new Map([[5, 1]]))).toBe(5)
    expect(histogramMedian(new Map([[48, 1], [2, 2], [24, 1]]))).toBe(2)
    expect(histogramMedian(new Map([[2, 1], [24, 2], [48, 2]]))).toBe(24)
  })
})
