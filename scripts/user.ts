// `npm run user -- <command>`: staff accounts from the shell, for the first
// set-up and for when nobody can log in.
//   add <username> --role staff|admin|supervisor|viewer [--name 王建国] [--districts 东城区,西城区] [--stores 44010001,…] [--password …]
//   passwd <username> [--password …]
//   disable <username>
//   unlock <username>   (lifts the login lock after too many failed logins)
// Without --password a random one is made and printed once. Uses DATA_DIR,
// or DATABASE_URL, like the server.
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { ROLES, type Role } from '../shared/enums.ts'
import { PASSWORD_MIN, USERNAME_PATTERN } from '../shared/staff-schemas.ts'
import { changeAccount, createAccount } from '../server/accounts/accounts.ts'
import { readConfig } from '../server/config.ts'
import { migrate } from '../server/db/migrate.ts'
import { openConfiguredDatabase } from '../server/open-data.ts'
import { appendAudit } from '../server/db/queries/audit.ts'
import { getUserByName, recordLoginUnlock } from '../server/db/queries/users.ts'

const USAGE = 'usage: npm run user -- add <username> --role <role> [--name 王建国] [--districts a,b] [--stores c,d] [--password p] | passwd <username> [--password p] | disable <username> | unlock <username>'

const list = (raw: string | undefined) => (raw ?? '').split(/[,，]/).map((s) => s.trim()).filter(Boolean)

async function main(): Promise<string> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, districts: { type: 'string' }, stores: { type: 'string' }, password: { type: 'string' } },
  })
  const [command, username] = positionals
  if (!command || !username) throw new Error(USAGE)
  if (!USERNAME_PATTERN.test(username)) throw new Error('the username must be 2–32 letters, digits, . _ or -')
  const generated = values.password === undefined ? randomBytes(12).toString('base64url') : undefined
  const password = values.password ?? generated!
  if (password.length < PASSWORD_MIN) throw new Error(`the password must be at least ${PASSWORD_MIN} characters`)

  const config = readConfig(process.env)
  const db = await openConfiguredDatabase(config)
  try {
    await migrate(db)
    const now = new Date().toISOString()
    if (command === 'add') {
      const role = values.role as Role | undefined
      if (!role || !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`)
      await createAccount(db, { username, password, role, name: values.name?.trim() || undefined, districts: list(values.districts), stores: list(values.stores) }, null, now)
    } else if (command === 'passwd') {
      await changeAccount(db, username, { password, disabled: false }, null, now)
    } else if (command === 'unlock') {
      // The running server's throttle lives in its memory: it lifts a lock
      // that began before this moment at the account's next login.
      if (!(await getUserByName(db, username))) throw new Error(`no user ${username}`)
      await recordLoginUnlock(db, username, now)
      await appendAudit(db, { at: now, actor: null, action: 'login_unlocked', target: username, detail: { via: 'cli' } })
      return `${username} may log in again (the lock is lifted at the next attempt)`
    } else if (command === 'disable') {
      await changeAccount(db, username, { disabled: true }, null, now)
      return `${username} disabled`
    } else {
      throw new Error(USAGE)
    }
    return generated ? `${username} password: ${generated}  (shown once)` : `${username} saved`
  } finally {
    await db.close()
  }
}

main().then(
  (message) => console.log(message),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
