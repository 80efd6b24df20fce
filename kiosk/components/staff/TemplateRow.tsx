import { useState } from 'preact/hooks'
import type { ReplyTemplate } from '../../../shared/api-types.ts'
import { changeReplyTemplate, deleteReplyTemplate } from '../../api/loop.ts'
import { useAction } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'
import { TemplateForm } from './TemplateForm.tsx'

interface Props {
  template: ReplyTemplate
  /** After an edit or a deletion: the list is loaded again. */
  onChanged(): void
}

/** One reply template: its text, editing it in place, and deleting it after a second click. */
export function TemplateRow({ template, onChanged }: Props) {
  const { t } = useLocale()
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const remove = useAction(onChanged)

  return (
    <li class="template" data-template={template.id}>
      {editing ? (
        <TemplateForm
          template={template}
          save={(input) => changeReplyTemplate(template.id, input)}
          onDone={() => {
            setEditing(false)
            onChanged()
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <h3>{template.title}</h3>
          <p class="template-body">{template.body}</p>
          <div class="buttons">
            <button type="button" onClick={() => setEditing(true)}>
              {t('templates.edit')}
            </button>
            {confirming ? (
              <button type="button" disabled={remove.busy} onClick={() => void remove.run(() => deleteReplyTemplate(template.id))}>
                {t('templates.delete_confirm')}
              </button>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('templates.delete')}
              </button>
            )}
          </div>
          <ApiProblem error={remove.error} />
        </>
      )}
    </li>
  )
}
