// 10,000 malformed, oversized and hostile requests at every public route of
// the running server, over real HTTP: none may get a 5xx, every refusal
// comes in the error shape, nothing refused leaves a row behind, and the
// server is still healthy and taking submissions afterwards.
import { request } from 'node:http'
import { connect } from 'node:net'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isApiErrorBody } from '../../shared/api-error.ts'
import { openDatabase } from '../../server/db/database.ts'
import { DEFAULT_BODY_LIMIT } from '../../server/middleware/body-limits.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { startServer, type RunningServer } from '../helpers/server.ts'
import { feedbackBody } from '../helpers/test-app.ts'
import { hostileRequest, type HostileRequest } from './hostile-requests.ts'

const RUNS = 10_000
const CONCURRENCY = 16
const SEED = 20261129
const TABLES = ['feedback', 'feedback_events', 'feedback_messages', 'feedback_quarantine', 'sessions', 'users', 'stores', 'notices', 'categories']

interface Answer {
  status: number
  body: string
}

// A fresh connection per request: a keep-alive socket the server closed
// after refusing a body would make the next request fail on the client side.
function send(base: URL, r: HostileRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.path,
        // Node sends a DELETE or OPTIONS body unframed unless told its length.
        headers: { ...r.headers, ...(r.body && { 'content-length': String(r.body.length) }) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (d: Buffer) => chunks.push(d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(r.body)
  })
}

async function countRows(dataDir: string): Promise<Record<string, number>> {
  const db = await openDatabase(join(dataDir, DB_FILE))
  const counts: Record<string, number> = {}
  for (const t of TABLES) counts[t] = (await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`))!.n
  counts.counted = (await db.get<{ n: number }>('SELECT COALESCE(SUM(total), 0) AS n FROM store_summary'))!.n
  await db.close()
  return counts
}

/** Malformed HTTP that no client library would send, straight onto a socket. */
const RAW = [
  'GARBAGE\r\n\r\n',
  'GET / HTTP/9.9\r\n\r\n',
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\n{}',
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nzz\r\n',
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
  'GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFF\r\n{',
]

function sendRaw(base: URL, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(base.port), base.hostname)
    let got = ''
    socket.on('data', (d) => (got += d.toString('latin1')))
    socket.on('error', () => resolve(got))
    socket.on('close', () => resolve(got))
    socket.setTimeout(2000, () => socket.destroy())
    socket.end(text)
  })
}

const isBuyerPage = (path: string, body: string) =>
  (path.startsWith('/s/') || path.startsWith('/track') || path.startsWith('/report')) && body.startsWith('<!doctype html>')

describe('fuzzing the public routes of the running server', () => {
  let server: RunningServer
  let receipt: string
  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT: '0', ADMIN_PASSWORD: 'fuzz-admin-password' })
    const res = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(feedbackBody({ createdAt: new Date().toISOString() })),
    })
    receipt = ((await res.json()) as { receipt: string }).receipt
  })
  afterAll(async () => {
    expect(await server.stop()).toBe(0)
  })

  it(`answers ${RUNS} hostile requests without a 5xx, in the error shape, writing nothing refused`, async () => {
    const requests = fc
      .sample(hostileRequest, { numRuns: RUNS, seed: SEED })
      .map((r) => ({ ...r, path: r.path.replace('RECEIPT', receipt) }))
    const before = await countRows(server.dataDir)
    const base = new URL(server.url)
    const failures: string[] = []
    const created = { feedback: 0, messages: 0, sessions: 0 }
    let next = 0
    const worker = async () => {
      while (next < requests.length) {
        const r = requests[next++]!
        let answer: Answer
        try {
          answer = await send(base, r)
        } catch (err) {
          // Refusing an oversized upload by answering 413 and closing the
          // connection early is how it should go; the client may see a reset.
          if ((r.body?.length ?? 0) > DEFAULT_BODY_LIMIT && /ECONNRESET|EPIPE/.test(String(err))) continue
          failures.push(`${r.method} ${r.path.slice(0, 120)} (${r.body?.length ?? 0} bytes, ${JSON.stringify(r.headers).slice(0, 200)}) → ${String(err)}`)
          continue
        }
        const { status, body } = answer
        const what = `${r.method} ${r.path.slice(0, 120)} → ${status} ${body.slice(0, 160)}`
        if (status >= 500 || status < 200) failures.push(what)
        // The buyer's pages (store, /report, /track) answer people, not programs: their refusals are HTML pages (issue 12).
        else if (status >= 400 && r.method !== 'HEAD' && !isErrorShape(body) && !isBuyerPage(r.path, body)) failures.push(`not the error shape: ${what}`)
        if (status === 201 && r.path === '/api/feedback') created.feedback++
        if (status === 201 && r.path.endsWith('/messages')) created.messages++
        if (status === 200 && r.path === '/api/auth/login') created.sessions++
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))

    for (const raw of RAW) expect(await sendRaw(base, raw)).not.toMatch(/^HTTP\/1\.[01] 5/)

    expect(failures.slice(0, 10)).toEqual([])
    // Some mutations leave a body valid: the checks past the schema were reached.
    expect(created.feedback).toBeGreaterThan(0)
    const after = await countRows(server.dataDir)
    // Only what was accepted (201) may have left rows; everything else none.
    expect(after.feedback + after.feedback_quarantine - before.feedback - before.feedback_quarantine).toBe(created.feedback)
    expect(after.counted - before.counted).toBe(after.feedback - before.feedback)
    expect(after.feedback_messages - before.feedback_messages).toBe(created.messages)
    expect(after.feedback_events - before.feedback_events).toBe(after.feedback - before.feedback + created.messages)
    expect(after.sessions - before.sessions).toBe(created.sessions)
    for (const t of ['users', 'stores', 'notices', 'categories']) expect(after[t], t).toBe(before[t])

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const fresh = await fetch(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(feedbackBody({ createdAt: new Date().toISOString() })),
    })
    expect(fresh.status).toBe(201)
  })
})

function isErrorShape(body: string): boolean {
  try {
    return isApiErrorBody(JSON.parse(body))
  } catch {
    return false
  }
}
