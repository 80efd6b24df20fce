import { describe, expect, it } from 'vitest'
import { common } from './common.ts'
import { consoleParts } from './console.ts'
import { field } from './field.ts'
import { fieldNames } from './field-names.ts'
import { fieldPhotos } from './field-photos.ts'
import { library } from './library.ts'
import { loop } from './loop.ts'
import { photos } from './photos.ts'
import { registry } from './registry.ts'
import { retention } from './retention.ts'
import { scale } from './scale.ts'
import { security } from './security.ts'
import { staff } from './staff.ts'

describe('the console’s message catalogues', () => {
  it('never give one key two texts: a later catalogue would silently replace an earlier one’s words', () => {
    const seen = new Map<string, string>()
    for (const [name, catalogue] of Object.entries({ common, staff, registry, photos, loop, security, field, scale, fieldPhotos, consoleParts, library, retention, fieldNames })) {
      for (const key of Object.keys(catalogue['zh-CN'])) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined()
        seen.set(key, name)
      }
    }
  })
})
