// A campaign's progress as of a China date: counted over the campaign's
// period up to that date, for its districts' licensed stores, per district
// and per store supervisor (the 专管员 of the store registry). Stores
// inspected or trained are counted once however often they were visited.
// Rectification: the cases the period's inspections opened (from the day of
// the inspection, even when a phone sent it later), with the status each had
// at the end of the as-of day (read from its timeline), so a report for 30
// November reads the same on 5 December.
// The database does the counting (a few dozen rows per district and
// supervisor come back, not one per store or case): the benchmark row
// "Campaign progress" holds this to 50 ms over 2,500 stores.
import { chinaDayEnd, chinaDayStart } from '../../shared/china-time.ts'
import { isOpenStatus, type CaseStatus } from '../../shared/enums.ts'
import type { CampaignProgress, ProgressRow } from '../../shared/field-types.ts'
import type { Queryable } from '../db/database.ts'
import { progressByArea, rectificationCounts, rectificationStatusEvents, type Campaign } from '../db/queries/campaigns.ts'

const emptyRow = (): ProgressRow => ({ stores: 0, inspected: 0, trained: 0, failedItems: 0, fixedOnSite: 0 })

export async function campaignProgress(db: Queryable, campaign: Campaign, asOf: string): Promise<CampaignProgress> {
  const last = asOf < campaign.to ? asOf : campaign.to
  const started = campaign.from <= last
  const asOfEnd = chinaDayEnd(asOf).toISOString()
  const periodStart = chinaDayStart(campaign.from).toISOString()
  const periodEnd = chinaDayEnd(last).toISOString()
  // Before the campaign starts the day range is empty: its stores are counted, nothing else.
  const [areas, cases, events] = await Promise.all([
    progressByArea(db, campaign.districts, campaign.from, last),
    started ? rectificationCounts(db, campaign.districts, periodStart, periodEnd, asOfEnd) : { cases: 0, pastDue: 0 },
    started ? rectificationStatusEvents(db, campaign.districts, periodStart, periodEnd, asOfEnd) : [],
  ])

  const total = emptyRow()
  const byDistrict = new Map<string, ProgressRow>()
  const bySupervisor = new Map<string, ProgressRow>()
  for (const a of areas) {
    for (const row of [total, getOrAdd(byDistrict, a.district), getOrAdd(bySupervisor, a.supervisor)]) {
      row.stores += a.stores
      row.inspected += a.inspected
      row.trained += a.trained
      row.failedItems += a.failedItems
      row.fixedOnSite += a.fixedOnSite
    }
  }

  // Every case counts as open (and overdue when past due) unless its
  // timeline says otherwise by the end of the as-of day.
  const rectification = { open: cases.cases, closed: 0, overdue: cases.pastDue }
  const statusAtEnd = new Map<string, { status: CaseStatus; dueAt: string }>()
  for (const e of events) {
    const to = (JSON.parse(e.data) as { to?: CaseStatus }).to
    if (to) statusAtEnd.set(e.caseId, { status: to, dueAt: e.dueAt })
  }
  for (const c of statusAtEnd.values()) {
    if (isOpenStatus(c.status)) continue
    rectification.open -= 1
    rectification.closed += 1
    if (c.dueAt < asOfEnd) rectification.overdue -= 1
  }

  return {
    asOf,
    campaign: { id: campaign.id, name: campaign.name, from: campaign.from, to: campaign.to, districts: campaign.districts, targets: campaign.targets },
    ...total,
    rectification,
    byDistrict: [...byDistrict].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([district, row]) => ({ district, ...row })),
    bySupervisor: [...bySupervisor].map(([supervisor, row]) => ({ supervisor, ...row })).sort((a, b) => a.supervisor.localeCompare(b.supervisor, 'zh-CN')),
  }
}

function getOrAdd(map: Map<string, ProgressRow>, key: string): ProgressRow {
  let row = map.get(key)
  if (!row) {
    row = emptyRow()
    map.set(key, row)
  }
  return row
}
