import { describe, expect, it } from 'vitest'
import type { CaseEvent, CaseMessageView } from '../../../shared/api-types.ts'
import { timelineEntries } from './timeline-entries.ts'

const event = (id: number, type: CaseEvent['type'], at: string, data: Record<string, unknown> = {}): CaseEvent => ({ id, type, at, actor: 'sup', data })
const message = (id: number, at: string, author: CaseMessageView['author'] = 'staff'): CaseMessageView => ({
  id, author, text: `m${id}`, public: true, createdAt: at, by: author === 'staff' ? 'sup' : null,
})

describe('a case timeline', () => {
  it('puts each message with the event that refers to it, and lone messages in time order', () => {
    const entries = timelineEntries(
      [event(1, 'created', '2026-11-30T01:00:00Z'), event(2, 'reply', '2026-11-30T03:00:00Z', { messageId: 10 })],
      [message(10, '2026-11-30T03:00:00Z'), message(11, '2026-11-30T02:00:00Z', 'reporter')],
    )
    expect(entries.map((e) => [e.event?.id ?? null, e.message?.id ?? null])).toEqual([
      [1, null],
      [null, 11],
      [2, 10],
    ])
  })
})
