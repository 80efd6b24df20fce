// `npm run build`, second half: the server (and the command-line tools) as
// plain JavaScript in dist/, beside the front end vite has just built, so a
// production host runs `node dist/server/main.js` with no TypeScript tooling.
// tsc emits one .js per .ts (imports rewritten to .js); the SQL migrations
// and the shipped holiday calendars are copied next to the code that reads
// them from its own folder.
import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, rmSync } from 'node:fs'

for (const dir of ['dist/server', 'dist/shared', 'dist/scripts']) rmSync(dir, { recursive: true, force: true })
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' })
if (tsc.status !== 0) process.exit(tsc.status ?? 1)
cpSync('server/db/migrations', 'dist/server/db/migrations', { recursive: true })
for (const f of readdirSync('server/calendar').filter((f) => f.endsWith('.json'))) cpSync(`server/calendar/${f}`, `dist/server/calendar/${f}`)
console.log('server built in dist/server (run it with npm run serve)')
