import { useState } from 'preact/hooks'
import type { CaseSummary } from '../../../shared/api-types.ts'
import type { CaseStatus } from '../../../shared/enums.ts'
import { fillTemplate } from '../../../shared/reply-template.ts'
import { addReply, listReplyTemplates } from '../../api/staff.ts'
import { replySchema } from '../../../shared/staff-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'
import { formatDateTime } from './format.ts'

interface Props {
  item: CaseSummary
  /** Statuses the case may move to with the reply (rejection has its own form). */
  next: CaseStatus[]
  onDone(): void
}

/** A public reply (the reporter reads it on /track) or an internal note, optionally moving the case in the same step. */
export function ReplyAction({ item, next, onDone }: Props) {
  const { t, locale } = useLocale()
  const action = useAction(onDone)
  const templates = useLoad(listReplyTemplates, [])
  const [text, setText] = useState('')
  const [isPublic, setPublic] = useState(false)
  const [status, setStatus] = useState<CaseStatus | ''>('')

  function useTemplate(id: string) {
    const template = templates.data?.find((tpl) => String(tpl.id) === id)
    if (!template) return
    const category = locale === 'en' ? item.categoryLabel.en : item.categoryLabel.zh
    setText(fillTemplate(template.body, { store: item.storeName ?? '', dueAt: formatDateTime(item.dueAt, locale), category }))
  }

  async function submit(e: Event) {
    e.preventDefault()
    const reply = validated(replySchema, { text, public: isPublic, ...(status && { status }) })
    if (await action.run(() => addReply(item.id, reply))) {
      setText('')
      setStatus('')
    }
  }

  return (
    <form class="action reply" onSubmit={submit}>
      <h3>{t('action.write')}</h3>
      <fieldset>
        <legend>{t('action.visibility')}</legend>
        <label class="check">
          <input type="radio" name="visibility" checked={!isPublic} onChange={() => setPublic(false)} />
          {t('action.note')}
        </label>
        <label class="check">
          <input type="radio" name="visibility" checked={isPublic} onChange={() => setPublic(true)} />
          {t('action.public_reply')}
        </label>
      </fieldset>
      {isPublic && <p class="hint">{t('action.public_hint')}</p>}
      {templates.data && templates.data.length > 0 && (
        <>
          <label for="reply-template">{t('reply.template')}</label>
          <select id="reply-template" value="" onChange={(e) => useTemplate(e.currentTarget.value)}>
            <option value="">{t('reply.template_none')}</option>
            {templates.data.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.title}
              </option>
            ))}
          </select>
        </>
      )}
      <label for="reply-text">{t('action.text')}</label>
      <textarea id="reply-text" required rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {next.length > 0 && (
        <>
          <label for="reply-status">{t('reply.status')}</label>
          <select id="reply-status" value={status} onChange={(e) => setStatus(e.currentTarget.value as CaseStatus | '')}>
            <option value="">{t('reply.status_keep')}</option>
            {next.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" class="primary" disabled={action.busy || !text.trim()}>
        {isPublic ? t('action.send_reply') : t('action.save_note')}
      </button>
      <ApiProblem error={action.error} />
    </form>
  )
}
