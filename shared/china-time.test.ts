import { describe, expect, it } from 'vitest'
import { chinaDate, chinaDayEnd, chinaDayStart, chinaMinute, mondayOf } from './china-time.ts'

describe('China time', () => {
  it('puts a late-evening UTC instant on the next China day', () => {
    expect(chinaDate(new Date('2026-12-01T21:21:00Z'))).toBe('2026-12-02')
    expect(chinaMinute('2026-12-01T21:21:59Z')).toBe('2026-12-02 05:21')
  })

  it('starts and ends a China day at its midnights', () => {
    expect(chinaDayStart('2026-12-02').toISOString()).toBe('2026-12-01T16:00:00.000Z')
    expect(chinaDayEnd('2026-12-02').toISOString()).toBe('2026-12-02T15:59:59.999Z')
  })

  it('finds the Monday of a Sunday in the week before', () => {
    expect(mondayOf('2026-12-06')).toBe('2026-11-30')
  })
})
