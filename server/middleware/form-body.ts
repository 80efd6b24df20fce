// A plain HTML form's body at the edge, like jsonBody does for JSON: it must
// be application/x-www-form-urlencoded and match its schema; handlers read
// c.req.valid('form').
import type { Env, MiddlewareHandler } from 'hono'
import type * as v from 'valibot'
import { parseWith } from '../../shared/schemas.ts'
import { ApiError } from '../api-error.ts'

export function formBody<S extends v.GenericSchema>(
  schema: S,
): MiddlewareHandler<Env, string, { in: { form: v.InferInput<S> }; out: { form: v.InferOutput<S> } }> {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? ''
    if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded')
    }
    const result = parseWith(schema, Object.fromEntries(new URLSearchParams(await c.req.text())))
    if (!result.ok) throw new ApiError(400, 'validation_failed', 'Some form fields are invalid', result.fields)
    c.req.addValidatedData('form', result.value as object)
    await next()
  }
}
