// The baseline of the PostgreSQL submission rows (issue 14): a bare
// node:http + pg server doing one INSERT per request (its own transaction,
// PostgreSQL's default durability: the WAL flushed at each commit), on a
// pool as large as the kit's. The same schema check as the real route.
// Run as a child process: node --import tsx bench/bare-pg-server.ts <databaseUrl>
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { feedbackInputSchema, parseWith } from '../shared/schemas.ts'

const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 })
await pool.query('CREATE TABLE submissions (id TEXT PRIMARY KEY, body TEXT NOT NULL, received_at TEXT NOT NULL)')

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (d: Buffer) => chunks.push(d))
  req.on('end', () => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    try {
      const text = Buffer.concat(chunks).toString('utf8')
      const parsed = parseWith(feedbackInputSchema, JSON.parse(text))
      if (!parsed.ok) return send(400, parsed.fields)
      const id = parsed.value.id
      pool
        .query('INSERT INTO submissions (id, body, received_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [id, text, new Date().toISOString()])
        .then((r) => send(r.rowCount === 1 ? 201 : 200, { id }))
        .catch(() => send(500, {}))
    } catch {
      send(400, {})
    }
  })
})
server.listen(0, '127.0.0.1', () => console.log(`bare server listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`))
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))))
