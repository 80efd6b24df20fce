import { ApiFailure } from '../../api/client.ts'

const KNOWN = {
  network: 'error.network',
  forbidden: 'error.forbidden',
  csrf_failed: 'error.csrf',
  not_found: 'error.not_found',
  illegal_transition: 'error.illegal_transition',
  validation_failed: 'error.validation',
  conflict: 'error.conflict',
  rate_limited: 'error.rate_limited',
} as const

type Key = (typeof KNOWN)[keyof typeof KNOWN] | 'error.generic'

/** The catalogue key that explains a failed request. */
export function errorKey(error: unknown): Key {
  if (!(error instanceof ApiFailure)) return 'error.generic'
  const code: string = error.code
  return code in KNOWN ? KNOWN[code as keyof typeof KNOWN] : 'error.generic'
}
