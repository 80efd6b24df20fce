// SIGTERM (a deploy, a reboot) stops the server gently: it takes no new
// connections, lets a request that is already arriving finish and be
// stored, closes the database and exits 0.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { checkDatabaseFile } from '../../server/db/backup.ts'
import { DB_FILE } from '../../server/open-data.ts'
import { PID_FILE } from '../../server/pid-file.ts'
import { startServer } from '../helpers/server.ts'
import { feedbackBody } from '../helpers/test-app.ts'

describe('graceful shutdown', () => {
  it('refuses new connections, finishes an in-flight submission, closes the database and exits 0', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'storevoice-shutdown-'))
    const server = await startServer({}, dataDir)
    expect(existsSync(join(dataDir, PID_FILE))).toBe(true)
    const body = JSON.stringify(feedbackBody({ createdAt: new Date().toISOString() }))
    const half = Math.floor(body.length / 2)

    const req = request(`${server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    })
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = ''
        res.on('data', (d: Buffer) => (text += d.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      })
      req.on('error', reject)
    })
    req.write(body.slice(0, half))
    await sleep(200)
    process.kill(server.pid, 'SIGTERM')
    await sleep(300)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
    req.end(body.slice(half))

    const { status, text } = await answer
    expect(status).toBe(201)
    expect(JSON.parse(text)).toHaveProperty('receipt')
    // The SIGTERM is already sent; this only waits for the exit.
    expect(await server.stop()).toBe(0)
    expect(server.output()).toContain('stopped')
    expect(existsSync(join(dataDir, PID_FILE))).toBe(false)
    expect(await checkDatabaseFile(join(dataDir, DB_FILE))).toMatchObject({ integrity: 'ok', cases: 1 })
    await rm(dataDir, { recursive: true, force: true })
  })
})
