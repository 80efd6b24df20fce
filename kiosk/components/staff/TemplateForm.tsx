import { useState } from 'preact/hooks'
import type { ReplyTemplate } from '../../../shared/api-types.ts'
import { TEMPLATE_TITLE_MAX, templateCreateSchema } from '../../../shared/loop-schemas.ts'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  /** The template being edited; a new one when absent. */
  template?: ReplyTemplate
  save(input: { title: string; body: string }): Promise<unknown>
  onDone(): void
  onCancel?(): void
}

/** A reply template's name and text, added or edited. */
export function TemplateForm({ template, save, onDone, onCancel }: Props) {
  const { t } = useLocale()
  const [title, setTitle] = useState(template?.title ?? '')
  const [body, setBody] = useState(template?.body ?? '')
  const action = useAction(() => {
    if (!template) {
      setTitle('')
      setBody('')
    }
    onDone()
  })
  const id = template ? `tpl-${template.id}` : 'tpl-new'

  function submit(e: Event) {
    e.preventDefault()
    void action.run(() => save(validated(templateCreateSchema, { title, body })))
  }

  return (
    <form class="action template-form" onSubmit={submit}>
      <label for={`${id}-title`}>{t('templates.name')}</label>
      <input id={`${id}-title`} required maxLength={TEMPLATE_TITLE_MAX} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      <label for={`${id}-body`}>{t('templates.body')}</label>
      <textarea id={`${id}-body`} required rows={4} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      <div class="buttons">
        <button type="submit" class="primary" disabled={action.busy}>
          {template ? t('templates.save') : t('templates.add')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('fleet.cancel')}
          </button>
        )}
      </div>
      <ApiProblem error={action.error} />
    </form>
  )
}
