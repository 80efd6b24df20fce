// Errors thrown anywhere behind the boundary; app.onError turns them into the
// one error shape.
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorCode, FieldError } from '../shared/api-error.ts'

export class ApiError extends HTTPException {
  readonly code: ErrorCode
  readonly fields: Record<string, FieldError> | undefined

  constructor(status: ContentfulStatusCode, code: ErrorCode, message: string, fields?: Record<string, FieldError>) {
    super(status, { message })
    this.code = code
    this.fields = fields
  }
}

/** 503 `busy`: too much of this work is in hand; app.onError adds Retry-After. */
export class BusyError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterSeconds = 1,
  ) {
    super(503, 'busy', message)
  }
}
