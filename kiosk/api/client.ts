// fetch with the API's error shape decoded: every failure becomes an
// ApiFailure carrying the server's code and field errors, or 'network' when
// the server could not be reached at all. A 401 is also reported once, here,
// to whoever listens (the staff console's session), so no page handles an
// expired session on its own.
import { isApiErrorBody, type ApiErrorBody } from '../../shared/api-error.ts'

export class ApiFailure extends Error {
  readonly status: number
  readonly code: ApiErrorBody['error']['code'] | 'network'
  readonly fields: NonNullable<ApiErrorBody['error']['fields']>

  constructor(status: number, body: ApiErrorBody | null) {
    super(body?.error.message ?? 'network error')
    this.status = status
    this.code = body?.error.code ?? 'network'
    this.fields = body?.error.fields ?? {}
  }
}

let csrfToken: string | null = null
let unauthorized: (() => void) | null = null

/** Called on any 401 except from calls marked `anonymous`: the session is gone. */
export function onUnauthorized(listener: (() => void) | null): void {
  unauthorized = listener
}

/** The session's CSRF token (from login or /api/auth/me); sent as X-CSRF-Token on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export interface ApiInit {
  method?: string
  /** Sent as JSON. */
  body?: unknown
  /** Sent as it is, for bodies that are not JSON (a CSV file). */
  raw?: { body: Blob | string; contentType: string }
  headers?: Record<string, string>
  /** A 401 here means "not logged in (yet)", not an expired session: logging in, asking who is logged in. */
  anonymous?: boolean
}

export async function api<T>(path: string, init: ApiInit = {}): Promise<T> {
  const hasBody = init.body !== undefined || init.raw !== undefined
  const method = init.method ?? (hasBody ? 'POST' : 'GET')
  const headers: Record<string, string> = {}
  if (init.raw) headers['content-type'] = init.raw.contentType
  else if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  let res: Response
  try {
    res = await fetch(path, {
      method,
      headers: { ...headers, ...init.headers },
      body: init.raw ? init.raw.body : init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiFailure(0, null)
  }
  const body: unknown = await res.json().catch(() => null)
  if (res.status === 401 && !init.anonymous) unauthorized?.()
  if (!res.ok) {
    throw new ApiFailure(res.status, isApiErrorBody(body) ? body : { error: { code: 'internal', message: `HTTP ${res.status}` } })
  }
  return body as T
}
