import type { FeedbackInput } from '../../shared/schemas.ts'
import { ApiFailure } from '../api/client.ts'
import { sendFeedback, sendPhoto } from '../api/feedback.ts'
import type { createOutbox } from './outbox.ts'

type Outbox = ReturnType<typeof createOutbox>

// The outbox and its IndexedDB wrapper load when the page starts them, just
// after it is usable, not with the page: neither the first paint nor the
// form needs them before something is sent (issue 12's 25 KB budget).
let loading: Promise<Outbox> | undefined
const outbox = () =>
  (loading ??= import('./outbox.ts').then(({ createOutbox }) => createOutbox({ send: (input) => sendFeedback(input), sendPhoto }))).catch((err) => {
    // Not loaded (the network dropped before it came): the next call tries again.
    loading = undefined
    throw err
  })

/** The phone's outbox: a submission made on a dropping mobile network is sent when it returns, with its photos. */
export const buyerOutbox = {
  start(): void {
    outbox().then((o) => o.start(), () => undefined)
  },
  async submit(input: FeedbackInput, photos: Blob[] = []) {
    const o = await outbox().catch(() => {
      throw new ApiFailure(0, null)
    })
    return o.submit(input, photos)
  },
}
