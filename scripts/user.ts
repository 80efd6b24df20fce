// `npm run user -- <command>`: staff accounts from the shell, for the first
// set-up and for when nobody can log in.
//   add <username> --role staff|admin|supervisor|viewer [--districts 东城区,西城区] [--stores 44010001,…] [--password …]
//   passwd <username> [--password …]
//   disable <username>
// Without --password a random one is made and printed once.
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ROLES, type Role } from '../shared/enums.ts'
import { PASSWORD_MIN, USERNAME_PATTERN } from '../shared/staff-schemas.ts'
import { hashPassword } from '../server/auth/password.ts'
import { readConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/database.ts'
import { migrate } from '../server/db/migrate.ts'
import { appendAudit } from '../server/db/queries/audit.ts'
import { deleteUserSessions } from '../server/db/queries/sessions.ts'
import { createUser, getUserByName, updateUser } from '../server/db/queries/users.ts'
import { DB_FILE } from '../server/open-data.ts'

const USAGE = 'usage: npm run user -- add <username> --role <role> [--districts a,b] [--stores c,d] [--password p] | passwd <username> [--password p] | disable <username>'

const list = (raw: string | undefined) => (raw ?? '').split(/[,，]/).map((s) => s.trim()).filter(Boolean)

async function main(): Promise<string> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, districts: { type: 'string' }, stores: { type: 'string' }, password: { type: 'string' } },
  })
  const [command, username] = positionals
  if (!command || !username) throw new Error(USAGE)
  if (!USERNAME_PATTERN.test(username)) throw new Error('the username must be 2–32 letters, digits, . _ or -')
  const generated = values.password === undefined ? randomBytes(12).toString('base64url') : undefined
  const password = values.password ?? generated!
  if (password.length < PASSWORD_MIN) throw new Error(`the password must be at least ${PASSWORD_MIN} characters`)

  const config = readConfig(process.env)
  const db = await openDatabase(join(config.dataDir, DB_FILE))
  try {
    await migrate(db)
    const now = new Date().toISOString()
    const audit = (action: 'user_created' | 'user_changed', detail: Record<string, unknown>) =>
      appendAudit(db, { at: now, actor: null, action, target: username, detail: { ...detail, via: 'cli' } })
    const existing = await getUserByName(db, username)
    if (command === 'add') {
      if (existing) throw new Error(`user ${username} exists; use passwd`)
      const role = values.role as Role | undefined
      if (!role || !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`)
      const districts = role === 'supervisor' ? list(values.districts) : []
      const stores = role === 'supervisor' ? list(values.stores) : []
      if (role === 'supervisor' && districts.length + stores.length === 0) throw new Error('a supervisor needs --districts or --stores')
      await createUser(db, { username, passwordHash: await hashPassword(password), role, districts, stores }, now)
      await audit('user_created', { role, districts, stores })
    } else if (command === 'passwd' || command === 'disable') {
      if (!existing) throw new Error(`no user ${username}`)
      if (command === 'passwd') await updateUser(db, username, { passwordHash: await hashPassword(password), disabled: false })
      else await updateUser(db, username, { disabled: true })
      await deleteUserSessions(db, username)
      await audit('user_changed', command === 'passwd' ? { password: 'changed' } : { disabled: true })
      if (command === 'disable') return `${username} disabled`
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
