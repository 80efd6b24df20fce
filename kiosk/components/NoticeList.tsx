import type { PublicNotice } from '../../shared/api-types.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  notices: PublicNotice[]
}

export function NoticeList({ notices }: Props) {
  const { t } = useLocale()
  return (
    <section class="notices" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('notices.title')}</h2>
      {notices.map((n) => (
        <article key={n.id}>
          <h3>
            {n.title} <small>{t('notices.version', { v: n.version })}</small>
          </h3>
          {n.body.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </article>
      ))}
    </section>
  )
}
