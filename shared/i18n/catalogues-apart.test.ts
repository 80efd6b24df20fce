import { describe, expect, it } from 'vitest'
import { common } from './common.ts'
import { field } from './field.ts'
import { library } from './library.ts'
import { registry } from './registry.ts'
import { scale } from './scale.ts'
import { staff } from './staff.ts'

describe('the console’s message catalogues', () => {
  it('never give one key two texts: a later catalogue would silently replace an earlier one’s words', () => {
    const seen = new Map<string, string>()
    for (const [name, catalogue] of Object.entries({ common, staff, registry, scale, field, library })) {
      for (const key of Object.keys(catalogue['zh-CN'])) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined()
        seen.set(key, name)
      }
    }
  })
})
