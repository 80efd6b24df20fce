// The language a buyer page is rendered in: ?lang= when a link asks for one
// (then remembered), else the cookie the page's language switch sets. The
// script hydrates in the same language (kiosk/buyer.tsx reads <html lang>).
import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { LOCALE_COOKIE } from '../../shared/buyer-page-data.ts'
import type { Locale } from '../../shared/i18n/translate.ts'

const A_YEAR_S = 365 * 24 * 3600

export function pageLocale(c: Context, asked?: Locale): Locale {
  if (asked) {
    setCookie(c, LOCALE_COOKIE, asked, { path: '/', maxAge: A_YEAR_S, sameSite: 'Lax' })
    return asked
  }
  return getCookie(c, LOCALE_COOKIE) === 'en' ? 'en' : 'zh-CN'
}
