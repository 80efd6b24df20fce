// A case's events and messages as one list in time order: an event that
// refers to a message (a note, a reply, the reporter's follow-up) carries it,
// and a message no event refers to stands on its own.
import type { CaseEvent, CaseMessageView } from '../../../shared/api-types.ts'

export interface TimelineEntry {
  key: string
  at: string
  event: CaseEvent | null
  message: CaseMessageView | null
}

export function timelineEntries(events: CaseEvent[], messages: CaseMessageView[]): TimelineEntry[] {
  const byId = new Map(messages.map((m) => [m.id, m]))
  const used = new Set<number>()
  const entries: TimelineEntry[] = events.map((event) => {
    const id = event.data.messageId
    const message = typeof id === 'number' ? (byId.get(id) ?? null) : null
    if (message) used.add(message.id)
    return { key: `e${event.id}`, at: event.at, event, message }
  })
  for (const m of messages) {
    if (!used.has(m.id)) entries.push({ key: `m${m.id}`, at: m.createdAt, event: null, message: m })
  }
  return entries.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key))
}
