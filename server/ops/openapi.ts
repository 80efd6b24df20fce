// The OpenAPI 3.1 document of the public and staff API, generated from the
// real route table and the valibot schemas the routes validate with: a
// route added anywhere appears here with its body, query and path schemas,
// and nothing is described that the server does not serve.
import { toJsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'
import { ADMIN_ROUTE_ROLES } from '../auth/route-roles.ts'
import { validatorOf } from '../middleware/validator-schemas.ts'

export interface RouteEntry {
  method: string
  path: string
  handler: object
}

type Json = Record<string, unknown>

// Transforms (a query string's "25" read as 25) have no JSON Schema form; the
// document shows what is sent, which is what a client needs.
const jsonSchema = (schema: v.GenericSchema): Json => {
  const { $schema: _drop, ...rest } = toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Json
  return rest
}

const ERROR = {
  description: 'The one error shape',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' }, fields: { type: 'object', additionalProperties: { type: 'string' } } },
          },
        },
      },
    },
  },
}

function parametersOf(where: 'query' | 'path', schema: Json | undefined, names: string[]): Json[] {
  const props = (schema?.properties ?? {}) as Record<string, Json>
  const required = new Set((schema?.required as string[] | undefined) ?? [])
  const all = [...new Set([...names, ...Object.keys(props)])]
  return all.map((name) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: props[name] ?? { type: 'string' },
  }))
}

export function buildOpenApi(routes: readonly RouteEntry[]): Json {
  const operations = new Map<string, { method: string; path: string; handlers: object[] }>()
  for (const r of routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/')) continue
    const key = `${r.method} ${r.path}`
    const op = operations.get(key) ?? { method: r.method, path: r.path, handlers: [] }
    op.handlers.push(r.handler)
    operations.set(key, op)
  }
  const paths: Record<string, Record<string, Json>> = {}
  for (const op of operations.values()) {
    const found = Object.fromEntries(
      op.handlers.flatMap((h) => {
        const d = validatorOf(h)
        return d ? [[d.target, jsonSchema(d.schema)]] : []
      }),
    ) as Partial<Record<'json' | 'query' | 'param', Json>>
    const pathNames = [...op.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]!)
    const staff = op.path.startsWith('/api/admin/')
    const roles = staff ? ADMIN_ROUTE_ROLES[`${op.method} ${op.path.slice('/api/admin'.length)}`] : undefined
    const operation: Json = {
      operationId: `${op.method.toLowerCase()} ${op.path}`,
      tags: [staff ? 'staff' : op.path.startsWith('/api/auth') ? 'auth' : 'public'],
      ...(roles && { description: `Roles: ${roles.join(', ')}` }),
      parameters: [...parametersOf('path', found.param, pathNames), ...parametersOf('query', found.query, [])],
      ...(found.json && { requestBody: { required: true, content: { 'application/json': { schema: found.json } } } }),
      ...(staff && { security: [{ session: [] }] }),
      responses: { '200': { description: 'OK' }, default: ERROR },
    }
    const path = op.path.replace(/:([A-Za-z_]+)/g, '{$1}')
    ;(paths[path] ??= {})[op.method.toLowerCase()] = operation
  }
  return {
    openapi: '3.1.0',
    // The API's own version: the contract in DESIGN.md, extended, never broken.
    info: { title: 'StoreVoice API', version: '1' },
    paths,
    components: {
      securitySchemes: {
        // Writes also need the session's CSRF token in X-CSRF-Token.
        session: { type: 'apiKey', in: 'cookie', name: 'sv_session' },
      },
    },
  }
}
