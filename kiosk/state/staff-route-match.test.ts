import { describe, expect, it } from 'vitest'
import { matchRoute } from './staff-route-match.ts'

describe('console routes', () => {
  it('a case page link gives the case id, decoded', () => {
    expect(matchRoute('/staff/cases/:id', '/staff/cases/ab%2Fc')).toEqual({ id: 'ab/c' })
  })
  it('the list and a detail page are different routes', () => {
    expect(matchRoute('/staff/cases', '/staff/cases/1')).toBeNull()
    expect(matchRoute('/staff/cases/:id', '/staff/cases')).toBeNull()
    expect(matchRoute('/staff/stores', '/staff/stores')).toEqual({})
  })
})
