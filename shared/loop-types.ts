// Answers of "closing the loop" (issue 11): staff intake, the reporter's
// confirmation, bulk actions, reply templates, notification channels.
import type { AlertChannelType, AlertEvent, DigestGrouping } from './alert-schemas.ts'
import type { ErrorCode, FieldError } from './api-error.ts'
import type { CaseStatus } from './enums.ts'

/** POST /api/admin/feedback (201; 200 for a retry of the same id). */
export interface StaffIntakeAccepted {
  id: string
  /** The code to read out to the caller: they follow the case with it on /track. */
  receipt: string
  status: CaseStatus
  dueAt: string
}

/** POST /api/track/:receipt/confirm */
export interface ConfirmAnswer {
  status: CaseStatus
}

/** POST /api/admin/feedback/bulk: one result per id, in the order sent; a failure with its code and, like the one error shape, its fields. */
export interface BulkAnswer {
  results: { id: string; ok: boolean; error?: ErrorCode; fields?: Record<string, FieldError> }[]
}

/** GET /api/admin/reply-templates rows. Placeholders: {store}, {dueAt}, {category}. */
export interface ReplyTemplate {
  id: number
  title: string
  body: string
}

/**
 * GET /api/admin/notification-channels rows and the PATCH answer. The
 * signing secret is never listed: only whether the channel has one.
 */
export interface AlertChannelView {
  id: number
  type: AlertChannelType
  target: string
  events: AlertEvent[]
  districts: string[]
  digestBy: DigestGrouping
  hasSecret: boolean
  active: boolean
  createdAt: string
  updatedAt: string
}

/** POST /api/admin/notification-channels (201): a secret the server made is answered here, once. */
export interface AlertChannelCreated {
  id: number
  secret?: string
}
