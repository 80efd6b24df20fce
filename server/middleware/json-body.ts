// Strict JSON at the edge: a write's body must be JSON, parse cleanly and
// match its schema (its size is already capped by body-limits.ts, which runs
// before every route). Each failure is its own 4xx in
// the error shape, and the handler reads the result with c.req.valid('json').
import type { Env, MiddlewareHandler } from 'hono'
import type * as v from 'valibot'
import { parseWith } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'
import { describedValidator } from './validator-schemas.ts'

export function jsonBody<S extends v.GenericSchema>(
  schema: S,
): MiddlewareHandler<Env, string, { in: { json: v.InferInput<S> }; out: { json: v.InferOutput<S> } }> {
  return describedValidator(async (c, next) => {
    const type = c.req.header('content-type') ?? ''
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json')
    }
    const bytes = await c.req.arrayBuffer()
    let value: unknown
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    } catch {
      throw new ApiError(400, 'invalid_json', 'The request body is not valid UTF-8 JSON')
    }
    const result = parseWith(schema, value)
    if (!result.ok) throw new ApiError(400, 'validation_failed', 'Some fields are missing or invalid', result.fields)
    c.req.addValidatedData('json', result.value as object)
    await next()
  }, 'json', schema)
}
