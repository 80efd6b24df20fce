// The outbox's rounds, in Node: IndexedDB from fake-indexeddb, the window's
// `online` event from an EventTarget, and the server a function whose
// answers the test hands out one by one. The retry interval never fires
// (only setInterval is faked), so a send can only come from a forced round.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { FeedbackAccepted } from '../../shared/api-types.ts'
import type { FeedbackInput } from '../../shared/schemas.ts'
import { receiptFromId } from '../../shared/receipt.ts'
import { ApiFailure } from '../api/client.ts'
import { createOutbox } from './outbox.ts'

interface Pending {
  input: FeedbackInput
  resolve(accepted: FeedbackAccepted): void
  reject(err: unknown): void
}

const input = {
  id: '0b9f3c1e-5d2a-4f6b-8c7d-9e0f1a2b3c4d',
  storeCode: '44010001',
  kind: 'complaint',
  category: 'service_attitude',
  message: '店员态度很差。',
  anonymous: true,
  createdAt: '2026-12-03T02:00:00.000Z',
} as FeedbackInput

describe('the outbox', () => {
  const window = new EventTarget()
  let sends: Pending[]

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    vi.stubGlobal('addEventListener', window.addEventListener.bind(window))
    vi.stubGlobal('removeEventListener', window.removeEventListener.bind(window))
    sends = []
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  const send = (i: FeedbackInput) => new Promise<FeedbackAccepted>((resolve, reject) => sends.push({ input: i, resolve, reject }))
  // Polls on real timeouts: vi.waitFor would advance the faked interval.
  const until = async (done: () => boolean | Promise<boolean>) => {
    for (let tries = 0; !(await done()); tries++) {
      if (tries === 500) throw new Error('not within 5 s')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  const nthSend = async (n: number) => {
    await until(() => sends.length >= n)
    return sends[n - 1]!
  }

  it('sends again right after a failing round when the network comes back during it', async () => {
    const outbox = createOutbox({ send })
    const submitted = outbox.submit(input)
    ;(await nthSend(1)).reject(new ApiFailure(0, null))
    expect(await submitted).toEqual({ state: 'queued', busy: false })

    const stop = outbox.start()
    // The start-up round is under way, its send unanswered, when the network returns.
    const during = await nthSend(2)
    window.dispatchEvent(new Event('online'))
    during.reject(new ApiFailure(0, null))
    // Not left to its back-off: a round of its own follows at once, and delivers it.
    const after = await nthSend(3)
    expect(after.input.id).toBe(input.id)
    after.resolve({ id: input.id, receipt: 'R', status: 'new', dueAt: '2026-12-10T10:00:00.000Z' } as FeedbackAccepted)
    await until(async () => (await outbox.counts()).pending === 0)
    expect(await outbox.counts()).toEqual({ pending: 0, failed: 0 })
    expect(sends).toHaveLength(3)
    stop()
  })

  it('says a submission the server asked to send later (429, 503) is queued because it is busy, not for want of a network', async () => {
    const outbox = createOutbox({ send })
    for (const [n, status, code] of [[1, 429, 'rate_limited'], [2, 503, 'busy']] as const) {
      const submitted = outbox.submit({ ...input, id: `7e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6${n}` })
      ;(await nthSend(n)).reject(new ApiFailure(status, { error: { code, message: 'later' } }))
      expect(await submitted).toEqual({ state: 'queued', busy: true })
    }
    expect(await outbox.counts()).toEqual({ pending: 2, failed: 0 })
    const stop = outbox.start()
    for (const n of [3, 4]) {
      const { input: sent, resolve } = await nthSend(n)
      resolve({ id: sent.id, receipt: 'R', status: 'new', dueAt: '2026-12-10T10:00:00.000Z' } as FeedbackAccepted)
    }
    await until(async () => (await outbox.counts()).pending === 0)
    stop()
  })

  it('sends a submission queued before receipts were drawn apart from ids with the receipt its buyer was shown', async () => {
    const outbox = createOutbox({ send })
    const queued = { ...input, id: '5c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5' }
    const drawn = { ...input, id: '6d2e3f4a-5b6c-4d7e-9f80-91a2b3c4d5e6', receipt: 'K7N3XQ9D2M4P0' }
    for (const [i, submission] of [queued, drawn].entries()) {
      const submitted = outbox.submit(submission)
      ;(await nthSend(i + 1)).reject(new ApiFailure(0, null))
      expect(await submitted).toEqual({ state: 'queued', busy: false })
    }
    const stop = outbox.start()
    // One at a time, each answered before the next is sent.
    for (const n of [3, 4]) {
      const { input: sent, resolve } = await nthSend(n)
      resolve({ id: sent.id, receipt: sent.receipt!, status: 'new', dueAt: '2026-12-10T10:00:00.000Z' } as FeedbackAccepted)
    }
    const resent = sends.slice(2).map((p) => p.input)
    expect(resent.find((r) => r.id === queued.id)!.receipt).toBe(receiptFromId(queued.id))
    expect(resent.find((r) => r.id === drawn.id)!.receipt).toBe(drawn.receipt)
    await until(async () => (await outbox.counts()).pending === 0)
    stop()
  })
})
