import { describe, expect, it } from 'vitest'
import { common } from './common.ts'
import { consoleParts } from './console.ts'
import { registry } from './registry.ts'
import { scale } from './scale.ts'
import { staff } from './staff.ts'

describe('the console’s message catalogues', () => {
  it('never give one key two texts: a later catalogue would silently replace an earlier one’s words', () => {
    const seen = new Map<string, string>()
    for (const [name, catalogue] of Object.entries({ common, staff, registry, scale, consoleParts })) {
      for (const key of Object.keys(catalogue['zh-CN'])) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined()
        seen.set(key, name)
      }
    }
  })
})
