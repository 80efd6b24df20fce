// The inbox's filters live in the URL query, so a view can be reloaded,
// bookmarked and sent to a colleague. The same query goes to the API and to
// the CSV export.

const FILTER_KEYS = [
  'district',
  'store',
  'kind',
  'channel',
  'category',
  'status',
  'assignee',
  'overdue',
  'dueSoon',
  'ackOverdue',
  'from',
  'to',
  'q',
  'sort',
  'order',
  'page',
] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type CaseFilters = Partial<Record<FilterKey, string>>

export function readFilters(query: URLSearchParams): CaseFilters {
  const filters: CaseFilters = {}
  for (const key of FILTER_KEYS) {
    const value = query.get(key)
    if (value) filters[key] = value
  }
  return filters
}

/** The query string of a set of filters, empty ones left out, in a stable order. */
export function filtersQuery(filters: CaseFilters, without: FilterKey[] = []): string {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    if (value && !without.includes(key)) params.set(key, value)
  }
  return params.toString()
}

// The inbox view last shown, so "back to the cases" from a case returns to
// the same filters rather than the unfiltered list.
let lastInbox = '/staff/cases'

export function rememberInbox(href: string): void {
  lastInbox = href
}

export function inboxHref(): string {
  return lastInbox
}
