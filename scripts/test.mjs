// `npm test`: the type check, the front-end build the page tests need, then
// every vitest suite. Ends with the plain line "N passed, N failed" that CI
// reads, counted from vitest's JSON report (plus the type check and build as
// one check each), and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'

const REPORT = '.test-results/vitest.json'
let passed = 0
let failed = 0
let skipped = 0

function step(name, cmd, args) {
  console.log(`\n> ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  if (r.status === 0) passed++
  else {
    failed++
    console.error(`${name} failed`)
  }
  return r.status === 0
}

step('type check', 'npx', ['tsc', '--noEmit', '-p', '.'])
const built = step('front-end build', 'npx', ['vite', 'build', '--logLevel', 'warn'])
if (built) {
  mkdirSync('.test-results', { recursive: true })
  rmSync(REPORT, { force: true })
  const r = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...process.argv.slice(2)], {
    stdio: 'inherit',
  })
  try {
    const report = JSON.parse(readFileSync(REPORT, 'utf8'))
    passed += report.numPassedTests
    failed += report.numFailedTests
    // The PostgreSQL suite without TEST_DATABASE_URL, said out loud.
    skipped += report.numPendingTests + report.numTodoTests
    // Named again at the end, so a failure on one engine is not lost in the scroll.
    for (const f of report.testResults) {
      for (const a of f.assertionResults) if (a.status === 'failed') console.error(`FAILED ${f.name.replace(process.cwd() + '/', '')} > ${a.fullName}`)
    }
    // A suite that failed to load has no test results of its own.
    failed += report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length
    if (report.numTotalTests === 0) failed++
  } catch {
    failed++
    console.error('vitest wrote no JSON report')
  }
  if (r.status !== 0 && failed === 0) failed++
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed === 0 ? 0 : 1)
