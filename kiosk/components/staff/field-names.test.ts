// Every field a console form can be told about, and every field an audit
// entry may hold, has a name in both languages: the console never shows a
// raw key ("target：格式不正确", "address：127.0.0.1").
import { describe, expect, it } from 'vitest'
import * as alertSchemas from '../../../shared/alert-schemas.ts'
import { AUDIT_DETAIL_FIELDS, AUDIT_NESTED_FIELDS } from '../../../shared/audit-names.ts'
import * as fieldSchemas from '../../../shared/field-schemas.ts'
import * as fleetSchemas from '../../../shared/fleet-schemas.ts'
import * as loopSchemas from '../../../shared/loop-schemas.ts'
import * as registrySchemas from '../../../shared/registry-schemas.ts'
import * as staffSchemas from '../../../shared/staff-schemas.ts'
import { staffCatalogue } from '../../state/staff-locale.ts'
import { fieldNameKey } from './field-names.ts'

// The parts of a valibot schema that hold fields: an object's entries, what
// an optional wraps, an array's item, a pipe's first schema, a union's options.
interface SchemaNode {
  entries?: Record<string, unknown>
  wrapped?: unknown
  item?: unknown
  pipe?: unknown[]
  options?: unknown[]
}

/** Every field path of a valibot schema, list items without their index (items.label.zh). */
function fieldPaths(schema: unknown, prefix = ''): string[] {
  if (!schema || typeof schema !== 'object') return []
  const node = schema as SchemaNode
  if (node.entries) {
    return Object.entries(node.entries).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key
      return [path, ...fieldPaths(child, path)]
    })
  }
  if (node.wrapped) return fieldPaths(node.wrapped, prefix)
  if (node.item) return fieldPaths(node.item, prefix)
  if (node.pipe) return fieldPaths(node.pipe[0], prefix)
  if (node.options) return node.options.flatMap((o) => fieldPaths(o, prefix))
  return []
}

// The bodies the console's forms send; path and query parameters are set by links, not typed in.
const FORM_SCHEMAS = Object.entries({ ...staffSchemas, ...alertSchemas, ...loopSchemas, ...registrySchemas, ...fieldSchemas, ...fleetSchemas }).filter(
  ([name]) => name.endsWith('Schema') && !name.endsWith('ParamSchema') && !name.endsWith('QuerySchema'),
)

const has = (key: string) => key in staffCatalogue['zh-CN'] && key in staffCatalogue.en

describe('field names in the console', () => {
  it('walks the forms’ schemas', () => {
    const names = FORM_SCHEMAS.map(([name]) => name)
    for (const schema of ['alertChannelCreateSchema', 'visitInputSchema', 'userCreateSchema', 'staffIntakeSchema', 'riskInputSchema']) expect(names).toContain(schema)
  })

  it('names every field a form sends, a nested one by its own name, in both languages', () => {
    const unnamed: string[] = []
    for (const [schema, node] of FORM_SCHEMAS) {
      for (const path of fieldPaths(node)) {
        const key = fieldNameKey(path)
        const parent = path.includes('.') ? fieldNameKey(path.slice(0, path.lastIndexOf('.'))) : undefined
        if (!key || !has(key) || key === parent) unnamed.push(`${schema}: ${path}`)
      }
    }
    expect(unnamed).toEqual([])
  })

  it('names every field an audit entry may hold, and the inbox filters and store fields written inside one', () => {
    const fields = [
      ...AUDIT_DETAIL_FIELDS,
      ...AUDIT_NESTED_FIELDS,
      ...fieldPaths(staffSchemas.caseQuerySchema),
      ...fieldPaths(registrySchemas.storePatchSchema),
      ...fieldPaths(fieldSchemas.campaignInputSchema).map((p) => p.split('.').at(-1)!),
    ]
    expect(fields.filter((f) => !has(`audit.field.${f}`))).toEqual([])
  })
})
