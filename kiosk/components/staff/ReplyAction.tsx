import { useState } from 'preact/hooks'
import { addReply } from '../../api/staff.ts'
import { replySchema } from '../../../shared/staff-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  caseId: string
  onDone(): void
}

/** A public reply (the reporter reads it on /track) or an internal note (staff only). */
export function ReplyAction({ caseId, onDone }: Props) {
  const { t } = useLocale()
  const action = useAction(onDone)
  const [text, setText] = useState('')
  const [isPublic, setPublic] = useState(false)

  async function submit(e: Event) {
    e.preventDefault()
    if (await action.run(() => addReply(caseId, validated(replySchema, { text, public: isPublic })))) setText('')
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
      <label for="reply-text">{t('action.text')}</label>
      <textarea id="reply-text" required rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" class="primary" disabled={action.busy || !text.trim()}>
        {isPublic ? t('action.send_reply') : t('action.save_note')}
      </button>
      <ApiProblem error={action.error} />
    </form>
  )
}
