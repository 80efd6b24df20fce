// The alerts a case raises when it is written: case.created for every new
// case and case.grave when its category is marked grave, and
// case.reporter_message when the reporter writes again. Called inside the
// transaction of the write, so the outbox holds the alert exactly when the
// case holds the change.
import type { AlertEvent } from '../../shared/alert-schemas.ts'
import { isConflictOfInterest } from '../auth/scope.ts'
import type { Queryable } from '../db/database.ts'
import { getCase } from '../db/queries/cases.ts'
import { isHiddenFromAnyone } from '../db/queries/hidden-from.ts'
import { isGraveCategory } from '../db/queries/categories.ts'
import { listChannels, type AlertChannel } from '../db/queries/notifications.ts'
import { onceIn } from '../db/tx-memo.ts'
import { caseFacts } from './case-facts.ts'
import { enqueueCaseAlert } from './enqueue-alerts.ts'

async function raise(tx: Queryable, id: string, events: AlertEvent[], at: string, channels?: AlertChannel[]): Promise<void> {
  const row = await getCase(tx, id)
  if (!row) return
  const facts = caseFacts(row)
  const conflict = isConflictOfInterest(row, await isHiddenFromAnyone(tx, id))
  for (const event of events) await enqueueCaseAlert(tx, { event, facts, conflict, at }, channels)
}

export async function alertNewCase(tx: Queryable, id: string, categoryId: string, at: string): Promise<void> {
  // Read once per transaction (a batch of submissions shares it); with no
  // channel taking a new case's events there is nothing to read or queue.
  const channels = await onceIn(tx, 'alertChannels', () => listChannels(tx))
  const takes = (event: AlertEvent) => channels.some((c) => c.active && c.events.includes(event))
  if (!takes('case.created') && !takes('case.grave')) return
  await raise(tx, id, (await isGraveCategory(tx, categoryId)) ? ['case.created', 'case.grave'] : ['case.created'], at, channels)
}

export async function alertReporterMessage(tx: Queryable, id: string, at: string): Promise<void> {
  await raise(tx, id, ['case.reporter_message'], at)
}
