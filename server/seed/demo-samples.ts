// A few weeks of sample cases, visits and ratings for the demo city
// (SEED_DEMO=1, issue 12), so a fresh console's dashboard, ratings and
// campaign pages are not empty. Deterministic: the same draws every time.
// Every sample goes through the workflow a person's action would take, on a
// clock set to that moment, so the rollups and timelines are the real ones.
import { addDays, chinaDate } from '../../shared/china-time.ts'
import type { FeedbackKind } from '../../shared/enums.ts'
import type { VisitInput } from '../../shared/field-schemas.ts'
import { newReceipt } from '../../shared/receipt.ts'
import type { User } from '../../shared/user.ts'
import { createCampaign } from '../campaigns/create-campaign.ts'
import { replyToCase } from '../cases/reply-to-case.ts'
import { submitFeedback } from '../cases/submit-feedback.ts'
import { updateCase } from '../cases/update-case.ts'
import { getCase } from '../db/queries/cases.ts'
import { latestChecklistVersion } from '../db/queries/checklists.ts'
import { getAssignableUser } from '../db/queries/users.ts'
import type { AppDeps } from '../deps.ts'
import { recordRating } from '../ratings/record-rating.ts'
import { recordVisit } from '../visits/record-visit.ts'
import { DEFAULT_CHECKLIST } from './default-checklist.ts'
import { DEFAULT_CATEGORIES } from './defaults.ts'
import { demoStores } from './demo-city.ts'
import { seededRandom } from './seeded-random.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const WEEKS = 4

const MESSAGES: Record<FeedbackKind, string[]> = {
  complaint: ['中奖后站点以各种理由拖延兑奖。', '店员态度冷淡，问问题不理人。', '站点门口堆放杂物，地面很脏。', '排队时店员先给熟人出票。'],
  report: ['看到有穿校服的学生在站点买刮刮乐。', '站点老板在微信群里代购彩票。', '店员允许熟客先拿票后付钱。', '站内张贴“稳赚不赔”的宣传。'],
  suggestion: ['希望站点增加座位和饮水。', '建议在柜台张贴兑奖流程。', '希望周末延长营业时间。'],
  praise: ['店员耐心讲解玩法，服务很好。', '站点干净明亮，环境舒适。', '兑奖快速，手续清楚。'],
}
const KIND_WEIGHTS: [FeedbackKind, number][] = [['complaint', 0.45], ['report', 0.25], ['suggestion', 0.15], ['praise', 0.15]]
const REPLIES = ['已联系站点负责人核实并督促整改，感谢您的反映。', '经专管员现场核查，问题已处理，欢迎继续监督。']

interface Step {
  at: number
  run(deps: AppDeps): Promise<unknown>
}

/** Adds the samples on a freshly seeded demo city, dated in the weeks before `now`. */
export async function seedDemoSamples(deps: AppDeps): Promise<void> {
  const now = deps.clock.now().getTime()
  const rand = seededRandom(20261202)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rand() * 4)]}${hex.slice(17, 20)}-${hex.slice(20)}`
  }
  // A moment in opening hours (09:00–21:00 China time) some days back.
  const daysAgo = (days: number) => {
    const chinaMidnight = Math.floor((now + 8 * HOUR) / DAY) * DAY - 8 * HOUR
    return chinaMidnight - days * DAY + (9 + rand() * 12) * HOUR
  }
  // The receipts from a seeded source of their own (a phone draws one with the id), so every fresh start has the same city.
  const receiptDraws = seededRandom(20261204)
  const receipt = () => newReceipt(Uint8Array.from({ length: 9 }, () => Math.floor(receiptDraws() * 256)))
  const stores = demoStores().map((s) => s.code)
  const admin = (await getAssignableUser(deps.db, 'admin'))!
  const steps: Step[] = []

  for (let i = 0; i < 60; i++) steps.push(...caseSteps(admin, { id: uuid(), receipt: receipt() }, pick(stores), daysAgo(Math.floor(rand() * WEEKS * 7)), rand, pick))
  const version = await latestChecklistVersion(deps.db, DEFAULT_CHECKLIST.id)
  for (let i = 0; i < 24; i++) steps.push(...visitSteps(admin, uuid, pick(stores), daysAgo(1 + Math.floor(rand() * (WEEKS * 7 - 1))), version, rand, pick))
  for (let i = 0; i < 320; i++) {
    const id = uuid()
    const storeCode = pick(stores)
    const at = daysAgo(Math.floor(rand() * WEEKS * 7))
    const r = rand()
    const score = r < 0.45 ? 4 : r < 0.75 ? 3 : r < 0.9 ? 2 : 1
    const channel = rand() < 0.6 ? 'qr' : 'kiosk'
    steps.push({ at, run: (d) => recordRating(d, { id, storeCode, score, channel, createdAt: new Date(at).toISOString() }, { isRepeat: async () => false }) })
  }

  // A campaign over the sample weeks and the next one, so its page has visits to count.
  const today = chinaDate(new Date(now))
  const campaign = { name: '站点规范经营专项检查（示例）', from: addDays(today, -WEEKS * 7), to: addDays(today, 7), targets: { inspectedPct: 60, trainedPct: 30 } }
  steps.push({ at: daysAgo(WEEKS * 7), run: (d) => createCampaign(d, admin, campaign) })

  // In the order they happened, and only what has happened by now: later steps leave cases open, some overdue.
  for (const step of steps.filter((s) => s.at <= now).sort((a, b) => a.at - b.at)) {
    await step.run({ ...deps, clock: { now: () => new Date(step.at) } })
  }
}

/** A buyer's case and what the centre did with it, each step some hours or days after the last. */
function caseSteps(admin: User, { id, receipt }: { id: string; receipt: string }, storeCode: string, at: number, rand: () => number, pick: <T>(l: readonly T[]) => T): Step[] {
  let w = rand()
  const kind = KIND_WEIGHTS.find(([, weight]) => (w -= weight) < 0)?.[0] ?? 'complaint'
  const category = pick(DEFAULT_CATEGORIES.filter((c) => c.kind === kind)).id
  const contact = kind === 'complaint' && rand() < 0.5 ? { name: '张先生', phone: `1380013${String(Math.floor(rand() * 10_000)).padStart(4, '0')}` } : undefined
  const input = { id, receipt, storeCode, kind, category, message: pick(MESSAGES[kind]), channel: rand() < 0.7 ? 'qr' : 'kiosk', createdAt: new Date(at).toISOString(), ...(contact && { contact }) } as const
  const change = (status: 'in_progress' | 'closed') => async (d: AppDeps) => updateCase(d, admin, (await getCase(d.db, id))!, { status })
  const steps: Step[] = [{ at, run: (d) => submitFeedback(d, input, { overFloodThreshold: () => false }) }]
  const fate = rand()
  if (fate < 0.15) return steps
  steps.push({ at: at + (1 + rand() * 20) * HOUR, run: async (d) => updateCase(d, admin, (await getCase(d.db, id))!, { assignee: 'admin' }) })
  if (fate < 0.3) return steps
  if (fate < 0.4) {
    steps.push({ at: at + 1.5 * DAY, run: async (d) => updateCase(d, admin, (await getCase(d.db, id))!, { status: 'rejected', reason: '反映内容与彩票销售无关' }) })
    return steps
  }
  steps.push({ at: at + (1 + rand()) * DAY, run: change('in_progress') })
  if (fate < 0.55) return steps
  const resolvedAt = at + (2 + rand() * 6) * DAY
  steps.push({ at: resolvedAt, run: async (d) => replyToCase(d, admin, (await getCase(d.db, id))!, { text: pick(REPLIES), public: true, status: 'resolved' }) })
  if (fate < 0.75) return steps
  steps.push({ at: resolvedAt + (1 + rand() * 3) * DAY, run: change('closed') })
  return steps
}

/** An inspection (with failed and fixed items, and a re-check of the failures later), a training or a support visit. */
function visitSteps(
  admin: User,
  uuid: () => string,
  storeCode: string,
  at: number,
  checklistVersion: number,
  rand: () => number,
  pick: <T>(l: readonly T[]) => T,
): Step[] {
  const common = { id: uuid(), storeCode, startedAt: new Date(at).toISOString() }
  const r = rand()
  if (r < 0.25) {
    const training: VisitInput = { ...common, type: 'training', training: { topic: pick(['不向未成年人销售彩票', '兑奖流程与服务规范', '理性购彩宣传']), attendees: 1 + Math.floor(rand() * 4) } }
    return [{ at, run: (d) => recordVisit(d, admin, training) }]
  }
  if (r < 0.35) return [{ at, run: (d) => recordVisit(d, admin, { ...common, type: 'support' }) }]
  const results = DEFAULT_CHECKLIST.items.map((item) => {
    const x = rand()
    return { itemId: item.id, result: x < 0.08 ? ('fail' as const) : x < 0.16 ? ('fixed' as const) : ('pass' as const) }
  })
  const inspection: VisitInput = { ...common, type: 'inspection', checklistId: DEFAULT_CHECKLIST.id, checklistVersion, results }
  const recheckIds = results.map(() => uuid())
  const rectified = rand() < 0.7
  let failures: string[] = []
  return [
    { at, run: async (d) => (failures = (await recordVisit(d, admin, inspection)).answer.casesCreated) },
    {
      at: at + (3 + rand() * 4) * DAY,
      run: async (d) => {
        for (const [i, caseId] of failures.entries()) {
          const recheck: VisitInput = { id: recheckIds[i]!, storeCode, startedAt: d.clock.now().toISOString(), type: 'recheck', recheck: { caseId, rectified } }
          await recordVisit(d, admin, recheck)
        }
      },
    },
  ]
}
