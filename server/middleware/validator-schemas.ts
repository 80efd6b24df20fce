// Which schema each validating middleware checks (jsonBody, queryParams,
// pathParams), kept beside the middleware function itself so the OpenAPI
// document is generated from the very schemas the routes enforce.
import type * as v from 'valibot'

export type ValidatorTarget = 'json' | 'query' | 'param'

const schemas = new WeakMap<object, { target: ValidatorTarget; schema: v.GenericSchema }>()

/** Records what a validating middleware checks; returns it unchanged. */
export function describedValidator<M extends object>(middleware: M, target: ValidatorTarget, schema: v.GenericSchema): M {
  schemas.set(middleware, { target, schema })
  return middleware
}

/** The schema a route handler checks, when it is a validating middleware. */
export function validatorOf(handler: object): { target: ValidatorTarget; schema: v.GenericSchema } | undefined {
  return schemas.get(handler)
}
