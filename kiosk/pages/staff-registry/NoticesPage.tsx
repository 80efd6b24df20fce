import { useState } from 'preact/hooks'
import type { NoticeDocument } from '../../../shared/api-types.ts'
import { listNotices } from '../../api/registry.ts'
import { Pending } from '../../components/staff/Pending.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { HotlineForm } from './HotlineForm.tsx'
import { NoticeForm } from './NoticeForm.tsx'

/** Every notice with its newest version, its history, and publishing a new version or a new notice. */
export function NoticesPage() {
  const { t } = useLocale()
  const [editing, setEditing] = useState<NoticeDocument | 'new' | null>(null)
  const { data: docs, error, reload } = useLoad(listNotices, [])

  const published = () => {
    setEditing(null)
    reload()
  }

  if (!docs || error) return <Pending error={error} />
  return (
    <section aria-labelledby="notices-title">
      <h2 id="notices-title">{t('notices.title')}</h2>
      <HotlineForm />
      <p>
        <button type="button" onClick={() => setEditing('new')}>
          {t('notices.new')}
        </button>
      </p>
      {editing === 'new' && <NoticeForm doc={null} onPublished={published} onCancel={() => setEditing(null)} />}
      {docs.map((doc) => {
        const [latest, ...older] = doc.versions
        if (!latest) return null
        return (
          <article key={doc.id} class="notice-doc" data-notice={doc.id}>
            <h3>
              {latest.title} <small>{t('notices.version', { n: latest.version })}</small>
            </h3>
            <p class="meta">
              {t('notices.effective', { date: latest.effectiveDate })} · {t(`notices.scope.${latest.scope}`)}
              {latest.district ? `（${latest.district}）` : ''}
              {latest.stores.length > 0 ? `（${latest.stores.join('、')}）` : ''}
            </p>
            <p class="body">{latest.body}</p>
            {editing !== 'new' && editing?.id === doc.id ? (
              <NoticeForm doc={doc} onPublished={published} onCancel={() => setEditing(null)} />
            ) : (
              <button type="button" onClick={() => setEditing(doc)}>
                {t('notices.publish')}
              </button>
            )}
            {older.length > 0 && (
              <details>
                <summary>{t('notices.history')}</summary>
                {older.map((v) => (
                  <div key={v.version} class="notice-version">
                    <strong>
                      {t('notices.version', { n: v.version })} · {v.title}
                    </strong>{' '}
                    <small>{t('notices.effective', { date: v.effectiveDate })}</small>
                    <p class="body">{v.body}</p>
                  </div>
                ))}
              </details>
            )}
          </article>
        )
      })}
    </section>
  )
}
