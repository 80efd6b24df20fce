import type { PublicNotice } from '../../shared/api-types.ts'
import type { Locale } from '../../shared/i18n/translate.ts'

interface Props {
  notice: PublicNotice
  locale: Locale
  /** The version line, in the page's language. */
  version: string
  /** Said in English mode above a notice the centre has not translated. */
  noEnglish: string
}

/**
 * One notice in the page's language. In English mode a notice without an
 * English text is shown in Chinese, saying so, rather than hidden: the notice
 * is what the law requires to be on display.
 */
export function NoticeText({ notice, locale, version, noEnglish }: Props) {
  const english = locale === 'en' && notice.titleEn && notice.bodyEn ? { title: notice.titleEn, body: notice.bodyEn } : null
  const untranslated = locale === 'en' && !english
  const { title, body } = english ?? notice
  return (
    <>
      <h3 lang={untranslated ? 'zh-CN' : undefined}>
        {title} <small>{version}</small>
      </h3>
      {untranslated && <p class="hint no-english">{noEnglish}</p>}
      <div lang={untranslated ? 'zh-CN' : undefined}>
        {body.split('\n').map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </>
  )
}
