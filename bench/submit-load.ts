// POST /api/feedback under 64 connections with autocannon: every request a
// new submission (fresh id, seeded so runs are comparable).
import autocannon from 'autocannon'
import { seededRandom } from '../server/seed/seeded-random.ts'

export interface LoadResult {
  rps: number
  p99: number
  non2xx: number
  errors: number
  /** CPU time per answered request, in milliseconds: the server's (as `serverCpuMs` counts it), and the load generator's (this process). */
  cpu: { server: number; load: number }
}

const MESSAGES = ['店员态度恶劣，拒绝解释玩法规则。', '站点向未成年人售彩，请核查。', '兑奖被拖延，店员推脱。', '建议延长营业时间，方便下班后购彩。']

/** The load's request bodies: a new submission each, from a seeded source. */
export function submissionBodies(seed: number): () => string {
  const rand = seededRandom(seed)
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('')
  return () => {
    const id = `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rand() * 4)]}${hex(3)}-${hex(12)}`
    const store = `44${String(1 + Math.floor(rand() * 10)).padStart(2, '0')}${String(1 + Math.floor(rand() * 7)).padStart(4, '0')}`
    return JSON.stringify({
      id,
      storeCode: store,
      kind: 'complaint',
      category: 'service_attitude',
      message: MESSAGES[Math.floor(rand() * MESSAGES.length)],
      contact: { phone: '13812345678' },
      channel: 'qr',
      createdAt: new Date().toISOString(),
    })
  }
}

/** `serverCpuMs`: the CPU time the server side has used so far, in milliseconds. */
export async function submissionLoad(url: string, serverCpuMs: () => number, seconds: number, seed: number): Promise<LoadResult> {
  const body = submissionBodies(seed)
  const [serverBefore, loadBefore] = [serverCpuMs(), process.cpuUsage()]
  const result = await autocannon({
    url: `${url}/api/feedback`,
    connections: 64,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: body() }),
      },
    ],
  })
  const load = process.cpuUsage(loadBefore)
  const answered = Math.max(1, result.requests.total)
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    cpu: { server: (serverCpuMs() - serverBefore) / answered, load: (load.user + load.system) / 1000 / answered },
  }
}
