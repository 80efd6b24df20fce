// The baseline of the SQLite submission rows (issue 14): a bare node:http
// server inserting one row per request, each request its own transaction,
// with the durability the kit promises (WAL, synchronous=FULL, so one fsync
// per commit): what the disk allows a server that does nothing else. It
// checks the body with the same schema as the real route, so the difference
// measured is the kit's work and its commits, not the parsing.
// Run as a child process: node --import tsx bench/bare-server.ts <dataDir>
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { feedbackInputSchema, parseWith } from '../shared/schemas.ts'

const db = new sqlite3.Database(join(process.argv[2]!, 'bare.db'))
const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())))
await exec('PRAGMA journal_mode = WAL')
await exec('PRAGMA synchronous = FULL')
await exec('CREATE TABLE submissions (id TEXT PRIMARY KEY, body TEXT NOT NULL, received_at TEXT NOT NULL)')

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
      // Outside BEGIN … COMMIT a statement is its own transaction: one commit per request.
      db.run('INSERT INTO submissions (id, body, received_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', [id, text, new Date().toISOString()], function (err) {
        if (err) send(500, {})
        else send(this.changes === 1 ? 201 : 200, { id })
      })
    } catch {
      send(400, {})
    }
  })
})
server.listen(0, '127.0.0.1', () => console.log(`bare server listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`))
process.on('SIGTERM', () => server.close(() => db.close(() => process.exit(0))))
