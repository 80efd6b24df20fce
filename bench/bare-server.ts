// The baseline for the submission benchmark: a bare node:http server doing
// the work of POST /api/feedback (the same schema check, look-ups and
// insert, through the same database wrapper with the same WAL +
// synchronous=FULL settings) without Hono, middleware or error shape.
// Run as a child process: node --import tsx bench/bare-server.ts <dataDir>
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { receiptFromId } from '../shared/receipt.ts'
import { feedbackInputSchema, parseWith } from '../shared/schemas.ts'
import { addWorkingDays } from '../shared/working-days.ts'
import { readConfig } from '../server/config.ts'
import { getActiveCategory } from '../server/db/queries/categories.ts'
import { storeCase } from '../server/cases/submit-feedback.ts'
import { getFeedback, getFeedbackByReceipt } from '../server/db/queries/feedback.ts'
import { getStore } from '../server/db/queries/stores.ts'
import { systemClock } from '../server/clock.ts'
import { openData } from '../server/open-data.ts'

const config = readConfig({ DATA_DIR: process.argv[2], ADMIN_PASSWORD: 'bench-admin-password' })
const { db, calendar } = await openData(config, systemClock)

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (d: Buffer) => chunks.push(d))
  req.on('end', async () => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    try {
      const parsed = parseWith(feedbackInputSchema, JSON.parse(Buffer.concat(chunks).toString('utf8')))
      if (!parsed.ok) return send(400, parsed.fields)
      const input = parsed.value
      const now = new Date()
      const category = await getActiveCategory(db, input.category)
      if (!category || (input.storeCode && !(await getStore(db, input.storeCode)))) return send(400, {})
      const receipt = receiptFromId(input.id)
      const dueAt = addWorkingDays(now, category.slaDays, calendar.get()).toISOString()
      const created = await db.transaction(async (tx) => {
        if (await getFeedback(tx, input.id)) return false
        if (await getFeedbackByReceipt(tx, receipt)) throw new Error('receipt collision')
        await storeCase(tx, {
          id: input.id,
          receipt,
          payloadHash: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
          storeCode: input.storeCode ?? null,
          kind: input.kind,
          categoryId: category.id,
          message: input.message,
          contactName: input.contact?.name || null,
          contactPhone: input.contact?.phone || null,
          anonymous: input.anonymous === true,
          channel: input.channel,
          createdAt: input.createdAt,
          receivedAt: now.toISOString(),
          dueAt,
        })
        return true
      })
      send(created ? 201 : 200, { id: input.id, receipt, status: 'new', dueAt, slaDays: category.slaDays })
    } catch {
      send(400, {})
    }
  })
})
server.listen(0, '127.0.0.1', () => console.log(`bare server listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`))
process.on('SIGTERM', () => server.close(() => void db.close().then(() => process.exit(0))))
