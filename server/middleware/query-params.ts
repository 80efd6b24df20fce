// The query string checked against a schema at the edge, like jsonBody does
// for bodies; handlers read c.req.valid('query').
import type { Env, MiddlewareHandler } from 'hono'
import type * as v from 'valibot'
import { parseWith } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'
import { describedValidator } from './validator-schemas.ts'

export function queryParams<S extends v.GenericSchema>(
  schema: S,
): MiddlewareHandler<Env, string, { in: { query: v.InferInput<S> }; out: { query: v.InferOutput<S> } }> {
  return describedValidator(async (c, next) => {
    const result = parseWith(schema, c.req.query())
    if (!result.ok) throw new ApiError(400, 'validation_failed', 'Some query parameters are invalid', result.fields)
    c.req.addValidatedData('query', result.value as object)
    await next()
  }, 'query', schema)
}
