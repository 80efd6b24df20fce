// `npm run pair -- <storeCode>`: prints a one-time code that binds a store
// tablet to that store (type it on the tablet's /kiosk screen within 15 minutes).
// The link is the server's: PUBLIC_URL when set, else the address the server
// running on this data directory recorded (its PORT may not be in this shell).
import { readConfig } from '../server/config.ts'
import { systemClock } from '../server/clock.ts'
import { runningServer } from '../server/pid-file.ts'
import { chinaMinute } from '../shared/china-time.ts'
import { createPairingCode, pairUrl, UnknownStoreError } from '../server/devices/pairing.ts'
import { openData } from '../server/open-data.ts'
import { formatPairingCode } from '../shared/pairing-code.ts'

const storeCode = process.argv[2]
if (!storeCode) {
  console.error('usage: npm run pair -- <storeCode>')
  process.exit(2)
}
const config = readConfig(process.env)
const { db } = await openData(config, systemClock)
try {
  const { code, expiresAt } = await createPairingCode(db, storeCode, systemClock.now())
  console.log(`Pairing code for store ${storeCode}: ${formatPairingCode(code)}`)
  const base = (config.publicUrlProblem === 'unset' && runningServer(config.dataDir)?.baseUrl) || config.publicUrl
  console.log(`Type it on the tablet at /kiosk before ${chinaMinute(expiresAt)} (China time). It works once.`)
  console.log(`Or open this link on the tablet: ${pairUrl(base, formatPairingCode(code))}`)
} catch (err) {
  if (!(err instanceof UnknownStoreError)) throw err
  console.error(err.message)
  process.exitCode = 1
} finally {
  await db.close()
}
