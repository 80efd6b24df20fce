// Store rows summed per district; the median time to close from the merged histograms.
import type { DistrictStatsRow, FeedbackKindCounts } from '../../shared/api-types.ts'
import { histogramMedian, mergeHistogram } from './close-hours.ts'
import { addTally, emptyTally, satisfactionOf, type ConfirmationTally } from './satisfaction.ts'
import type { StoreAggregate } from './store-aggregates.ts'

export function districtRows(aggregates: readonly StoreAggregate[]): DistrictStatsRow[] {
  const byDistrict = new Map<string, { row: DistrictStatsRow; hist: Map<number, number>; tally: ConfirmationTally }>()
  for (const a of aggregates) {
    const { district } = a.row
    // Cases without a store belong to no district.
    if (district === null) continue
    let d = byDistrict.get(district)
    if (!d) {
      d = { row: { district, total: 0, open: 0, overdue: 0, byKind: {}, medianCloseHours: null, ...satisfactionOf(emptyTally()) }, hist: new Map(), tally: emptyTally() }
      byDistrict.set(district, d)
    }
    d.row.total += a.row.total
    d.row.open += a.row.open
    d.row.overdue += a.row.overdue
    for (const [kind, n] of Object.entries(a.row.byKind) as [keyof FeedbackKindCounts, number][]) {
      d.row.byKind[kind] = (d.row.byKind[kind] ?? 0) + n
    }
    mergeHistogram(d.hist, a.hist)
    addTally(d.tally, a.tally)
  }
  return [...byDistrict.values()].map((d) => ({ ...d.row, medianCloseHours: histogramMedian(d.hist), ...satisfactionOf(d.tally) }))
}
