import type { PublicNotice } from '../../shared/api-types.ts'
import { useLocale } from '../state/buyer-locale.ts'
import { NoticeText } from './NoticeText.tsx'

interface Props {
  notices: PublicNotice[]
}

export function NoticeList({ notices }: Props) {
  const { t, locale } = useLocale()
  return (
    <section class="notices" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('notices.title')}</h2>
      {notices.map((n) => (
        <article key={n.id}>
          <NoticeText notice={n} locale={locale} version={t('notices.version', { v: n.version })} noEnglish={t('pages.no_english')} />
        </article>
      ))}
    </section>
  )
}
