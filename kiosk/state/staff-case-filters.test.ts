import { describe, expect, it } from 'vitest'
import { filtersQuery, readFilters } from './staff-case-filters.ts'

describe('inbox filters in the URL', () => {
  it('a shared link gives back the same filters, empty ones and unknown keys left out', () => {
    const filters = readFilters(new URLSearchParams('district=%E5%A4%A9%E6%B2%B3%E5%8C%BA&overdue=1&q=&utm=x&page=2'))
    expect(filters).toEqual({ district: '天河区', overdue: '1', page: '2' })
    expect(readFilters(new URLSearchParams(filtersQuery(filters)))).toEqual(filters)
  })
  it('the export link keeps the filters but not the page', () => {
    expect(filtersQuery({ status: 'new', page: '3' }, ['page'])).toBe('status=new')
  })
})
