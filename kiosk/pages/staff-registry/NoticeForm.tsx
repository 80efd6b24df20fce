import { chinaDate } from '../../../shared/china-time.ts'
import { useState } from 'preact/hooks'
import type { NoticeDocument } from '../../../shared/api-types.ts'
import { NOTICE_SCOPES, type NoticeScope } from '../../../shared/enums.ts'
import { noticeVersionSchema } from '../../../shared/registry-schemas.ts'
import { createNotice, publishNoticeVersion } from '../../api/registry.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { FormButtons } from './FormButtons.tsx'

interface Props {
  /** The document to publish a new version of, or null for a new notice. */
  doc: NoticeDocument | null
  onPublished(): void
  onCancel(): void
}

const today = () => chinaDate(new Date())

/** A new version starts from the newest text, so a correction is a small edit. */
export function NoticeForm({ doc, onPublished, onCancel }: Props) {
  const { t } = useLocale()
  const latest = doc?.versions[0]
  const [v, setV] = useState({
    title: latest?.title ?? '',
    body: latest?.body ?? '',
    titleEn: latest?.titleEn ?? '',
    bodyEn: latest?.bodyEn ?? '',
    scope: (latest?.scope ?? 'all') as NoticeScope,
    district: latest?.district ?? '',
    stores: latest?.stores.join(', ') ?? '',
    effectiveDate: today(),
  })
  const action = useAction(onPublished)

  function submit(e: Event) {
    e.preventDefault()
    const input = {
      title: v.title,
      body: v.body,
      ...(v.titleEn.trim() && { titleEn: v.titleEn }),
      ...(v.bodyEn.trim() && { bodyEn: v.bodyEn }),
      scope: v.scope,
      ...(v.scope === 'district' && { district: v.district }),
      ...(v.scope === 'stores' && { stores: v.stores.split(/[\s,，、]+/).filter(Boolean) }),
      effectiveDate: v.effectiveDate,
    }
    void action.run(() => {
      const checked = validated(noticeVersionSchema, input)
      return doc ? publishNoticeVersion(doc.id, checked) : createNotice(checked)
    })
  }

  const text = (name: 'title' | 'titleEn' | 'district' | 'stores', label: Parameters<typeof t>[0]) => (
    <div>
      <label for={`notice-${name}`}>{t(label)}</label>
      <input id={`notice-${name}`} value={v[name]} onInput={(e) => setV({ ...v, [name]: e.currentTarget.value })} />
    </div>
  )
  const area = (name: 'body' | 'bodyEn', label: Parameters<typeof t>[0]) => (
    <div>
      <label for={`notice-${name}`}>{t(label)}</label>
      <textarea id={`notice-${name}`} rows={6} value={v[name]} onInput={(e) => setV({ ...v, [name]: e.currentTarget.value })} />
    </div>
  )

  return (
    <form class="notice-form" onSubmit={submit}>
      {text('title', 'notices.field.title')}
      {area('body', 'notices.field.body')}
      {text('titleEn', 'notices.field.title_en')}
      {area('bodyEn', 'notices.field.body_en')}
      <label for="notice-scope">{t('notices.field.scope')}</label>
      <select id="notice-scope" value={v.scope} onChange={(e) => setV({ ...v, scope: e.currentTarget.value as NoticeScope })}>
        {NOTICE_SCOPES.map((s) => (
          <option key={s} value={s}>
            {t(`notices.scope.${s}`)}
          </option>
        ))}
      </select>
      {v.scope === 'district' && text('district', 'notices.field.district')}
      {v.scope === 'stores' && text('stores', 'notices.field.stores')}
      <label for="notice-effective">{t('notices.field.effective')}</label>
      <input id="notice-effective" type="date" value={v.effectiveDate} onInput={(e) => setV({ ...v, effectiveDate: e.currentTarget.value })} />
      <ApiProblem error={action.error} codes={{ not_found: 'notices.error.not_found', conflict: 'notices.error.exists' }} />
      <FormButtons submit={t('notices.publish')} busy={action.busy} onCancel={onCancel} />
    </form>
  )
}
