import { sendFeedback, sendPhoto } from '../api/feedback.ts'
import { createOutbox } from './outbox.ts'

/** The phone's outbox: a submission made on a dropping mobile network is sent when it returns, with its photos. */
export const buyerOutbox = createOutbox({ send: (input) => sendFeedback(input), sendPhoto })
