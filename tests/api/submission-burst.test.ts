// Submissions that arrive together are written together (group commit,
// issue 14): over real HTTP, a burst is stored once each, a bad submission
// in the middle of it is refused alone, and a retry inside the burst is
// answered as a retry.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newFeedbackId } from '../../shared/receipt.ts'
import { onPostgres } from '../helpers/test-database.ts'
import { DEMO_STORE, feedbackBody, makeTestApp, staffSession, type TestApp } from '../helpers/test-app.ts'

const BURST = 50

describe('a burst of submissions over HTTP', () => {
  let t: TestApp
  let server: Server
  let url: string
  beforeEach(async () => {
    // Fifty from one address is a burst, not abuse, for this test.
    t = await makeTestApp({ env: { RATE_LIMIT: '0' } })
    server = createServer(getRequestListener(t.app.fetch))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve))
    await t.close()
  })

  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const storedTimes = async (ids: string[]) =>
    Promise.all(ids.map(async (id) => (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback WHERE id = ?', [id]))!.n))
  const cases = async () => (await t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM feedback'))!.n
  const counted = async () => (await t.db.get<{ n: number }>('SELECT SUM(total) AS n FROM store_summary'))!.n

  it('stores 49 good submissions once each and refuses the one bad one in their midst with 400', async () => {
    const bodies = Array.from({ length: BURST }, (_, i) => feedbackBody(i === 24 ? { category: 'no_such_category' } : {}))
    const answers = await Promise.all(bodies.map((b) => post('/api/feedback', b)))

    expect(answers.map((a) => a.status)).toEqual(bodies.map((_, i) => (i === 24 ? 400 : 201)))
    expect(answers[24]!.body).toMatchObject({ error: { code: 'validation_failed', fields: { category: 'unknown' } } })
    const good = bodies.filter((_, i) => i !== 24).map((b) => b.id)
    expect(await storedTimes(good)).toEqual(good.map(() => 1))
    expect(await storedTimes([bodies[24]!.id])).toEqual([0])
    expect(await cases()).toBe(BURST - 1)
    expect(await counted()).toBe(BURST - 1)
  })

  it('stores the others of a batch that fails as a whole one by one: only the submission that cannot be stored fails', async () => {
    // A database that refuses one message: the batch's transaction fails, and nothing of it is kept.
    await t.db.exec(
      onPostgres
        ? `CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN IF NEW.message = '拒收这一条。' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
           CREATE TRIGGER refuse_one BEFORE INSERT ON feedback FOR EACH ROW EXECUTE FUNCTION refuse_one()`
        : `CREATE TRIGGER refuse_one BEFORE INSERT ON feedback WHEN NEW.message = '拒收这一条。' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    )
    const bodies = Array.from({ length: BURST }, (_, i) => feedbackBody(i === 17 ? { message: '拒收这一条。' } : {}))
    const answers = await Promise.all(bodies.map((b) => post('/api/feedback', b)))

    expect(answers.map((a) => a.status)).toEqual(bodies.map((_, i) => (i === 17 ? 500 : 201)))
    const good = bodies.filter((_, i) => i !== 17).map((b) => b.id)
    expect(await storedTimes(good)).toEqual(good.map(() => 1))
    expect(await cases()).toBe(BURST - 1)
    expect(await counted()).toBe(BURST - 1)
  })

  it('refuses a reused id with other content inside the burst without undoing the others', async () => {
    const bodies = Array.from({ length: BURST }, () => feedbackBody())
    // The same id as another submission of the burst, with another message: found inside the shared transaction.
    bodies[30] = { ...bodies[10]!, message: '另一条不同的投诉内容。' }
    const answers = await Promise.all(bodies.map((b) => post('/api/feedback', b)))

    const pair = [answers[10]!.status, answers[30]!.status].sort()
    expect(pair).toEqual([201, 409])
    expect(answers.filter((_, i) => i !== 10 && i !== 30).every((a) => a.status === 201)).toBe(true)
    const ids = [...new Set(bodies.map((b) => b.id))]
    expect(await storedTimes(ids)).toEqual(ids.map(() => 1))
    expect(await cases()).toBe(BURST - 1)
    expect(await counted()).toBe(BURST - 1)
  })

  it('stores the same submission sent twice within one burst as one case, answering both with the same body', async () => {
    const bodies = Array.from({ length: BURST }, () => feedbackBody())
    bodies[41] = { ...bodies[7]! }
    const answers = await Promise.all(bodies.map((b) => post('/api/feedback', b)))

    expect([answers[7]!.status, answers[41]!.status].sort()).toEqual([200, 201])
    expect(answers[41]!.body).toEqual(answers[7]!.body)
    expect(answers[7]!.body).toMatchObject({ id: bodies[7]!.id, status: 'new' })
    expect(await storedTimes([bodies[7]!.id])).toEqual([1])
    const created = await t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM feedback_events WHERE feedback_id = ? AND type = 'created'", [
      bodies[7]!.id,
    ])
    expect(created!.n).toBe(1)
    expect(await cases()).toBe(BURST - 1)
    expect(await counted()).toBe(BURST - 1)
  })

  it('counts a burst to a store and to no store exactly: every store and every day adds up to its cases', async () => {
    const bodies = Array.from({ length: BURST }, (_, i) => feedbackBody(i % 2 === 0 ? {} : { storeCode: null }))
    const answers = await Promise.all(bodies.map((b) => post('/api/feedback', b)))

    expect(answers.every((a) => a.status === 201)).toBe(true)
    const byStore = await t.db.all<{ storeCode: string; n: number }>(
      `SELECT COALESCE(store_code, '') AS storeCode, COUNT(*) AS n FROM feedback GROUP BY COALESCE(store_code, '') ORDER BY 1`,
    )
    // Every registered store has a summary row (0200); those without cases count 0.
    const summaries = await t.db.all<{ storeCode: string; n: number }>('SELECT store_code AS storeCode, total AS n FROM store_summary WHERE total > 0 ORDER BY 1')
    const days = await t.db.all<{ storeCode: string; n: number }>('SELECT store_code AS storeCode, SUM(n) AS n FROM feedback_daily GROUP BY store_code ORDER BY 1')
    expect(byStore).toEqual([
      { storeCode: '', n: BURST / 2 },
      { storeCode: DEMO_STORE, n: BURST / 2 },
    ])
    expect(summaries).toEqual(byStore)
    expect(days).toEqual(byStore)
  })

  it('hides only the reports of a burst that name a supervisor from that supervisor', async () => {
    // A submission before the account gets its name: what that transaction read must not outlive it.
    expect((await post('/api/feedback', feedbackBody())).status).toBe(201)
    await staffSession(t, 'wang', 'supervisor', { districts: ['东城区'], name: '王建国' })
    const wang = (await t.db.get<{ id: number }>(`SELECT id FROM users WHERE username = 'wang'`))!
    const bodies = Array.from({ length: BURST }, (_, i) => feedbackBody(i % 10 === 3 ? { message: '收银员说王建国早就知道这件事。' } : {}))
    const answers = await Promise.all(bodies.map((b) => post('/api/feedback', b)))

    expect(answers.every((a) => a.status === 201)).toBe(true)
    const hidden = await t.db.all<{ id: string }>('SELECT feedback_id AS id FROM case_hidden_from WHERE user_id = ?', [wang.id])
    expect(hidden.map((h) => h.id).sort()).toEqual(bodies.filter((_, i) => i % 10 === 3).map((b) => b.id).sort())
  })

  it('records a burst of ratings, retries among them, once each', async () => {
    const taps = Array.from({ length: BURST }, () => ({ id: newFeedbackId(), storeCode: DEMO_STORE, score: 4, channel: 'qr', createdAt: '2026-11-30T01:59:00.000Z' }))
    const sent = [...taps, ...taps.slice(0, 10)]
    const answers = await Promise.all(sent.map((r) => post('/api/ratings', r)))

    expect(answers.every((a) => a.status === 201 || a.status === 200)).toBe(true)
    expect(answers.filter((a) => a.status === 201)).toHaveLength(BURST)
    const stored = await t.db.get<{ n: number; ids: number }>('SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS ids FROM ratings')
    expect(stored).toEqual({ n: BURST, ids: BURST })
  })
})
