// What the server renders a buyer page from (issue 12), inlined in the page
// as JSON so the script hydrates the same components without asking again.
import type { PublicStore, StoreDirectory, TrackView } from './api-types.ts'
import type { PublicCategory } from './category-types.ts'
import type { FieldError } from './api-error.ts'
import type { FeedbackKind } from './enums.ts'
import type { RatingScore } from './rating-schemas.ts'

/** The id of the element holding the JSON (a data block: never executed, so the CSP allows it). */
export const BUYER_DATA_ID = 'sv-data'

/** The buyer's language as a cookie, set by the language switch, so the server renders in it. */
export const LOCALE_COOKIE = 'sv_locale'

/** What the form shows when the server answers a posted form that needs fixing. */
export interface FormEcho {
  kind: FeedbackKind
  category: string
  message: string
  anonymous: boolean
  name: string
  phone: string
  fields: Record<string, FieldError>
}

export interface DeliveredReceipt {
  receipt: string
  /** null while the submission waits on the phone for the network. */
  dueAt: string | null
  category: PublicCategory
}

export type BuyerPageData =
  | {
      page: 'store'
      store: PublicStore
      categories: PublicCategory[]
      /** The id a form sent without scripts carries, so a resent form is stored once. */
      formId: string
      kind: FeedbackKind
      echo?: FormEcho
      /** The face just tapped, when the page comes back after a rating sent without scripts. */
      rated?: RatingScore
    }
  | { page: 'store_missing'; hotline: string }
  | { page: 'receipt'; storeCode: string | null; storeName: string | null; delivered: DeliveredReceipt }
  | ReportPageData
  | TrackPageData
  | { page: 'problem'; reason: 'rate_limited' | 'generic'; storeCode: string | null }

/** A store picked on /report, or 'none' for a report about no particular store. */
export type PickedStore = { code: string; name: string } | 'none'

/** /report: the search as the URL has it and what it found, or the form for the store picked. */
export interface ReportPageData {
  page: 'report'
  search: { q: string; district: string; page: number }
  /** null once a store is picked: the page then shows the form. */
  found: StoreDirectory | null
  picked: PickedStore | null
  categories: PublicCategory[]
  formId: string
  kind: FeedbackKind
  echo?: FormEcho
}

/** /track and /track/:receipt; `view` null with a receipt: no case has it (answered 404). */
export interface TrackPageData {
  page: 'track'
  receipt: string | null
  view: TrackView | null
  /** Back after a follow-up sent without scripts. */
  sent?: boolean
  /** Back after answering "问题解决了吗？" without scripts: true when fixed. */
  answered?: boolean
}
