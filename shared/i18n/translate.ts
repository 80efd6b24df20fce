// A catalogue is a zh-CN message table plus an English table with exactly the
// same keys (the type checker enforces it). `{name}` placeholders are filled
// from params.

const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'

export type Messages = Record<string, string>
export interface Catalogue<M extends Messages> {
  'zh-CN': M
  en: { [K in keyof M]: string }
}

export type Translate<M extends Messages> = (key: keyof M & string, params?: Record<string, string | number>) => string

export function translator<M extends Messages>(catalogue: Catalogue<M>, locale: Locale): Translate<M> {
  const table: Messages = catalogue[locale]
  return (key, params) => {
    const text = table[key] ?? catalogue['zh-CN'][key] ?? key
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text
  }
}
