// Signs that a public submission was sent by a script, not typed by a
// person: the honeypot field (hidden from people, so only a form-filling
// bot writes in it) or a form sent faster than anyone can choose a category
// and write a message. The kiosk is exempt from the time rule: it is a
// tablet in a store, and its outbox re-sends later with the original timing.
import type { FeedbackInput } from '../../shared/schemas.ts'
import type { QuarantineReason } from '../db/queries/quarantine.ts'

export function botSignal(input: Pick<FeedbackInput, 'hp' | 'fillMs' | 'channel'>, minFillMs: number): QuarantineReason | undefined {
  if (input.hp !== undefined && input.hp.trim() !== '') return 'honeypot'
  if (input.channel !== 'kiosk' && input.fillMs !== undefined && input.fillMs < minFillMs) return 'too_fast'
  return undefined
}
