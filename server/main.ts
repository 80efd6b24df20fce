// The Node entry: read the configuration, open the data directory, serve the
// app, and shut down cleanly on SIGTERM/SIGINT (stop accepting, let
// in-flight requests finish, close the database).
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { getRequestListener } from '@hono/node-server'
import { createApp } from './app.ts'
import { startBackgroundJobs } from './background-jobs.ts'
import { startIntakeWorker } from './cases/intake-worker.ts'
import { scanCounterFor } from './scans/scan-counter.ts'
import { ConfigError, listenUrl, readConfig } from './config.ts'
import { systemClock } from './clock.ts'
import { MigrationError } from './db/migrate.ts'
import { searchStores } from './db/queries/stores.ts'
import { DataFileError, openData } from './open-data.ts'
import { createLogger } from './ops/logger.ts'
import { createMetrics } from './ops/metrics.ts'
import { removePidFile, writePidFile } from './pid-file.ts'
import { unreadableRequest } from './unreadable-request.ts'

// Run from server/ (tsx), the front end is in ../dist/; built, this file is
// dist/server/main.js and the front end sits beside it (npm run build).
const STATIC_DIR = fileURLToPath(new URL(import.meta.url.endsWith('.js') ? '../' : '../dist/', import.meta.url))

async function main() {
  const config = readConfig(process.env)
  // Files the server creates later (the WAL, its index, pid file) are the
  // server user's alone, like the database (issue 13).
  process.umask(0o077)
  const { db, seeded, calendar } = await openData(config, systemClock)
  const intake = await startIntakeWorker(db)
  const deps = {
    db,
    clock: systemClock,
    config,
    calendar,
    staticDir: STATIC_DIR,
    metrics: createMetrics({ processMetrics: true }),
    logger: createLogger(config.logLevel),
    intake: intake.take,
  }
  const app = createApp(deps)
  const jobs = startBackgroundJobs(deps)

  const listener = getRequestListener(app.fetch, { hostname: config.host, errorHandler: unreadableRequest })
  const server = createServer(listener)
  // A store to show in the printed links: the first licensed one, if any.
  const example = (await searchStores(db, { limit: 1, offset: 0 })).items[0]?.code
  server.listen(config.port, config.host, () => {
    const base = listenUrl(config.host, (server.address() as AddressInfo).port)
    writePidFile(config.dataDir, config.publicUrlProblem === 'unset' ? base : config.publicUrl)
    console.log(`StoreVoice listening on ${base}`)
    if (seeded.seeded) console.log(`Data directory ${config.dataDir} set up${config.seedDemo ? ' with the demo city' : ''}.`)
    if (example) console.log(`  buyer page   ${base}/s/${example}`)
    console.log(`  report       ${base}/report`)
    console.log(`  tracking     ${base}/track`)
    console.log(`  kiosk        ${base}/kiosk   (pair it: npm run pair -- <station code>)`)
    console.log(`  staff        ${base}/staff`)
    if (seeded.generatedAdminPassword) {
      console.log(`Admin account: admin / ${seeded.generatedAdminPassword}  (shown once; set ADMIN_PASSWORD to choose it)`)
    } else if (config.adminPassword) {
      console.log('Admin account: admin / the password in ADMIN_PASSWORD')
    }
    if (config.publicUrlProblem === 'unset') {
      console.log(`Warning: PUBLIC_URL is not set, so posters and pairing links point at ${config.publicUrl}, which no phone can reach. Set it before printing posters.`)
    } else if (config.publicUrlProblem === 'loopback') {
      console.log(`Warning: PUBLIC_URL ${config.publicUrl} is a loopback address that no phone can reach. Set it to the public address before printing posters.`)
    }
  })

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: finishing in-flight requests`)
    server.close(async () => {
      await jobs.stop()
      await intake.close()
      await scanCounterFor(deps).flush().catch((err: unknown) => console.error('scan counts not written', err))
      await db.close()
      removePidFile(config.dataDir)
      console.log('stopped')
      process.exit(0)
    })
    // Idle keep-alive connections would hold close() open forever.
    server.closeIdleConnections()
    setTimeout(() => process.exit(1), 10_000).unref()
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof MigrationError || err instanceof DataFileError) console.error(`StoreVoice cannot start: ${err.message}`)
  else console.error('StoreVoice cannot start:', err)
  process.exit(1)
})
