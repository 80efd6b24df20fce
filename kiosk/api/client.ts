// fetch with the API's error shape decoded: every failure becomes an
// ApiFailure carrying the server's code and field errors, or 'network' when
// the server could not be reached at all.
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

/** The session's CSRF token (from login or /api/auth/me); sent as X-CSRF-Token on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? (init.body === undefined ? 'GET' : 'POST')
  const headers: Record<string, string> = init.body === undefined ? {} : { 'content-type': 'application/json' }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  let res: Response
  try {
    res = await fetch(path, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    })
  } catch {
    throw new ApiFailure(0, null)
  }
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    throw new ApiFailure(res.status, isApiErrorBody(body) ? body : { error: { code: 'internal', message: `HTTP ${res.status}` } })
  }
  return body as T
}
