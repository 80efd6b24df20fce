import type { Queryable } from '../database.ts'

const SETTING_KEYS = ['hotline', 'centre_name', 'seeded_at'] as const
export type SettingKey = (typeof SETTING_KEYS)[number]

export async function getSetting(db: Queryable, key: SettingKey): Promise<string | undefined> {
  const row = await db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key])
  return row?.value
}

export async function setSetting(db: Queryable, key: SettingKey, value: string): Promise<void> {
  await db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value])
}
