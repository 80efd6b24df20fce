// A campaign's progress as of a China date: counted over the campaign's
// period up to that date, for its districts' licensed stores, per district
// and per store supervisor (the 专管员 of the store registry). Stores
// inspected or trained are counted once however often they were visited.
// Rectification: the cases the period's inspections opened (from the day of
// the inspection, even when a phone sent it later), with the status each had
// at the end of the as-of day (read from its timeline), so a report for 30
// November reads the same on 5 December.
import { chinaDayEnd, chinaDayStart } from '../../shared/china-time.ts'
import { isOpenStatus, type CaseStatus } from '../../shared/enums.ts'
import type { CampaignProgress, ProgressRow } from '../../shared/field-types.ts'
import type { Queryable } from '../db/database.ts'
import {
  campaignStores,
  rectificationCounts,
  rectificationStatusEvents,
  visitCountsByStore,
  type Campaign,
} from '../db/queries/campaigns.ts'

const emptyRow = (): ProgressRow => ({ stores: 0, inspected: 0, trained: 0, failedItems: 0, fixedOnSite: 0 })

export async function campaignProgress(db: Queryable, campaign: Campaign, asOf: string): Promise<CampaignProgress> {
  const last = asOf < campaign.to ? asOf : campaign.to
  const started = campaign.from <= last
  const asOfEnd = chinaDayEnd(asOf).toISOString()
  const periodStart = chinaDayStart(campaign.from).toISOString()
  const periodEnd = chinaDayEnd(last).toISOString()
  const [stores, counts, cases, events] = await Promise.all([
    campaignStores(db, campaign.districts),
    started ? visitCountsByStore(db, campaign.from, last) : [],
    started ? rectificationCounts(db, periodStart, periodEnd, asOfEnd) : [],
    started ? rectificationStatusEvents(db, periodStart, periodEnd, asOfEnd) : [],
  ])

  const total = emptyRow()
  const byDistrict = new Map<string, ProgressRow>()
  const bySupervisor = new Map<string, ProgressRow>()
  const countsOf = new Map(counts.map((c) => [c.storeCode, c]))
  const inCampaign = new Set<string>()
  for (const s of stores) {
    inCampaign.add(s.code)
    const c = countsOf.get(s.code)
    const rows = [total, getOrAdd(byDistrict, s.district), getOrAdd(bySupervisor, s.supervisor)]
    for (const row of rows) {
      row.stores += 1
      if (c) {
        row.inspected += c.inspections > 0 ? 1 : 0
        row.trained += c.trainings > 0 ? 1 : 0
        row.failedItems += c.failed
        row.fixedOnSite += c.fixed
      }
    }
  }

  // Every case counts as open (and overdue when past due) unless its
  // timeline says otherwise by the end of the as-of day.
  const rectification = { open: 0, closed: 0, overdue: 0 }
  for (const c of cases) {
    if (!inCampaign.has(c.storeCode)) continue
    rectification.open += c.cases
    rectification.overdue += c.pastDue
  }
  const statusAtEnd = new Map<string, { status: CaseStatus; storeCode: string; dueAt: string }>()
  for (const e of events) {
    const to = (JSON.parse(e.data) as { to?: CaseStatus }).to
    if (to) statusAtEnd.set(e.caseId, { status: to, storeCode: e.storeCode, dueAt: e.dueAt })
  }
  for (const c of statusAtEnd.values()) {
    if (!inCampaign.has(c.storeCode) || isOpenStatus(c.status)) continue
    rectification.open -= 1
    rectification.closed += 1
    if (c.dueAt < asOfEnd) rectification.overdue -= 1
  }

  return {
    asOf,
    campaign: { id: campaign.id, name: campaign.name, from: campaign.from, to: campaign.to, districts: campaign.districts, targets: campaign.targets },
    ...total,
    rectification,
    byDistrict: [...byDistrict].map(([district, row]) => ({ district, ...row })),
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
