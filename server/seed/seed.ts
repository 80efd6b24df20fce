import { randomBytes } from 'node:crypto'
import { hashPassword, verifyPassword } from '../auth/password.ts'
import { appendAudit } from '../db/queries/audit.ts'
import { deleteUserSessions } from '../db/queries/sessions.ts'
import type { Database } from '../db/database.ts'
import { insertCategory } from '../db/queries/categories.ts'
import { latestChecklistVersion } from '../db/queries/checklists.ts'
import { insertNotice } from '../db/queries/notices.ts'
import { getSetting, setSetting } from '../db/queries/settings.ts'
import { createUser, getUserForLogin, setPassword } from '../db/queries/users.ts'
import { storeChecklist } from '../checklists/publish-checklist.ts'
import { DEFAULT_CHECKLIST } from './default-checklist.ts'
import { DEFAULT_CATEGORIES, DEFAULT_GRAVE_CATEGORIES, DEFAULT_HOTLINE, DEFAULT_NOTICES, DEFAULT_NOTICES_EFFECTIVE } from './defaults.ts'
import { demoStores } from './demo-city.ts'
import { addStore } from '../stores/store-writes.ts'

export interface SeedOptions {
  demo: boolean
  adminPassword: string | undefined
  now: Date
}

export interface SeedResult {
  seeded: boolean
  /** Set when the admin password was made up here and must be shown once. */
  generatedAdminPassword?: string
}

/**
 * On a database never seeded: the defaults, the demo city (unless turned
 * off) and the admin account, all in one transaction. On later starts only
 * ADMIN_PASSWORD, when given, is applied to the admin account.
 */
export async function seed(db: Database, opts: SeedOptions): Promise<SeedResult> {
  const now = opts.now.toISOString()
  if (await getSetting(db, 'seeded_at')) {
    const admin = opts.adminPassword ? await getUserForLogin(db, 'admin') : undefined
    // A new ADMIN_PASSWORD is a password change like any other: the old
    // password's sessions end and the log says so (issue 13). The same one
    // again, at every start, changes nothing.
    if (opts.adminPassword && admin && !(await verifyPassword(opts.adminPassword, admin.passwordHash))) {
      const passwordHash = await hashPassword(opts.adminPassword)
      await db.transaction(async (tx) => {
        await setPassword(tx, 'admin', passwordHash)
        await deleteUserSessions(tx, 'admin')
        await appendAudit(tx, { at: now, actor: null, action: 'admin_password_changed', target: 'admin', detail: { via: 'ADMIN_PASSWORD' } })
      })
    }
    // A centre seeded before checklists existed (issue 10) gets the default once.
    await db.transaction(async (tx) => {
      if ((await latestChecklistVersion(tx, DEFAULT_CHECKLIST.id)) === 0) await storeChecklist(tx, DEFAULT_CHECKLIST, null, now)
    })
    return { seeded: false }
  }
  const password = opts.adminPassword ?? randomBytes(12).toString('base64url')
  const passwordHash = await hashPassword(password)
  await db.transaction(async (tx) => {
    await setSetting(tx, 'hotline', DEFAULT_HOTLINE)
    for (const [i, c] of DEFAULT_CATEGORIES.entries()) await insertCategory(tx, c, i, DEFAULT_GRAVE_CATEGORIES.includes(c.id))
    for (const [i, { key, ...text }] of DEFAULT_NOTICES(DEFAULT_HOTLINE).entries()) {
      await insertNotice(tx, { key, sortOrder: i }, { ...text, scope: 'all', effectiveDate: DEFAULT_NOTICES_EFFECTIVE }, null, now)
    }
    await storeChecklist(tx, DEFAULT_CHECKLIST, null, now)
    if (opts.demo) for (const s of demoStores()) await addStore(tx, s, now)
    await createUser(tx, { username: 'admin', passwordHash, role: 'admin', districts: [] }, now)
    await setSetting(tx, 'seeded_at', now)
  })
  return opts.adminPassword ? { seeded: true } : { seeded: true, generatedAdminPassword: password }
}
