// Dates and durations as the centre reads them: Beijing time, 24-hour clock.
import type { Locale } from '../../../shared/i18n/translate.ts'

const ZONE = 'Asia/Shanghai'

export function formatDateTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(locale, { timeZone: ZONE, hour12: false, dateStyle: 'short', timeStyle: 'short' })
}

export function formatDate(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(locale, { timeZone: ZONE })
}


/** A share (0–1) as a whole percentage, e.g. the share of positive ratings. */
export const formatShare = (share: number) => `${Math.round(share * 100)}%`
