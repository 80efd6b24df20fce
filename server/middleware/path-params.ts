// The path parameters checked against a schema at the edge, like jsonBody
// does for bodies; handlers read c.req.valid('param'). A malformed id or
// code is a field error (400), an id that is well formed but unknown is the
// handler's 404.
import type { Env, MiddlewareHandler } from 'hono'
import type * as v from 'valibot'
import { parseWith } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'
import { describedValidator } from './validator-schemas.ts'

export function pathParams<S extends v.GenericSchema>(
  schema: S,
): MiddlewareHandler<Env, string, { in: { param: v.InferInput<S> }; out: { param: v.InferOutput<S> } }> {
  return describedValidator(async (c, next) => {
    const result = parseWith(schema, c.req.param())
    if (!result.ok) throw new ApiError(400, 'validation_failed', 'Some path parameters are invalid', result.fields)
    c.req.addValidatedData('param', result.value as object)
    await next()
  }, 'param', schema)
}
