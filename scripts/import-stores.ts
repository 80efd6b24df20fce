// `npm run import-stores -- stores.csv [--apply] [--deactivate-missing] [--json]`:
// the console's CSV import from the command line, on the database in
// DATA_DIR. Without --apply it is a dry run that prints what would change.
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { StoreImportReport } from '../shared/api-types.ts'
import { ApiError } from '../server/api-error.ts'
import { ConfigError, readConfig } from '../server/config.ts'
import { systemClock } from '../server/clock.ts'
import { openData } from '../server/open-data.ts'
import { importStores } from '../server/stores/import-stores.ts'

const USAGE = 'usage: npm run import-stores -- <file.csv> [--apply] [--deactivate-missing] [--json]'

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { apply: { type: 'boolean' }, 'deactivate-missing': { type: 'boolean' }, json: { type: 'boolean' } },
  })
  if (positionals.length !== 1) {
    console.error(USAGE)
    return 2
  }
  const bytes = await readFile(positionals[0]!)
  const config = readConfig(process.env)
  const { db, seeded } = await openData(config, systemClock)
  try {
    if (seeded.generatedAdminPassword) {
      console.log(`Data directory ${config.dataDir} set up. Admin account: admin / ${seeded.generatedAdminPassword}  (shown once)`)
    }
    const report = await importStores(db, bytes, {
      apply: !!values.apply,
      deactivateMissing: !!values['deactivate-missing'],
      now: systemClock.now().toISOString(),
    })
    console.log(values.json ? JSON.stringify(report, null, 2) : summary(report))
    return report.invalid.length > 0 ? 1 : 0
  } finally {
    await db.close()
  }
}

function summary(r: StoreImportReport): string {
  const lines = [
    `${r.applied ? 'Applied' : 'Dry run (add --apply to write)'}: ${r.rows} rows, ${r.encoding}`,
    `  add ${r.add.length}, change ${r.change.length}, deactivate ${r.deactivate.length}, unchanged ${r.unchanged}, invalid ${r.invalid.length}`,
  ]
  if (r.unknownColumns.length > 0) lines.push(`  unknown columns (ignored): ${r.unknownColumns.join(', ')}`)
  if (r.missing.length > 0) {
    lines.push(`  ${r.missing.length} active stores are not in the file${r.deactivate.some((d) => d.line === null) ? ' (deactivated)' : ' (kept; --deactivate-missing to deactivate)'}`)
  }
  for (const c of r.change) lines.push(`  line ${c.line}: ${c.code} ${Object.entries(c.changes).map(([f, d]) => `${f} ${String(d.from)} → ${String(d.to)}`).join('; ')}`)
  for (const d of r.deactivate) lines.push(`  ${d.line === null ? 'not in file' : `line ${d.line}`}: ${d.code} ${d.name} deactivated`)
  for (const i of r.invalid) lines.push(`  line ${i.line}: ${i.field} ${i.reason}${i.code ? ` (${i.code})` : ''}`)
  return lines.join('\n')
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ApiError || err instanceof ConfigError) console.error(`import-stores: ${err.message}`)
    else console.error('import-stores:', err)
    process.exit(2)
  },
)
