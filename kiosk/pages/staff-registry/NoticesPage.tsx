import { useEffect, useState } from 'preact/hooks'
import type { NoticeDocument } from '../../../shared/api-types.ts'
import { listNotices } from '../../api/registry.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { HotlineForm } from './HotlineForm.tsx'
import { NoticeForm } from './NoticeForm.tsx'

/** Every notice with its newest version, its history, and publishing a new version or a new notice. */
export function NoticesPage() {
  const { t } = useLocale()
  const [docs, setDocs] = useState<NoticeDocument[] | null>(null)
  const [editing, setEditing] = useState<NoticeDocument | 'new' | null>(null)
  const [failed, setFailed] = useState(false)

  const load = () => listNotices().then(setDocs, () => setFailed(true))
  useEffect(() => void load(), [])

  const published = () => {
    setEditing(null)
    void load()
  }

  if (failed) return <p role="alert">{t('error.generic')}</p>
  if (!docs) return <p>{t('loading')}</p>
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
