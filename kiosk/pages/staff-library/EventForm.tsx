import { useEffect, useRef } from 'preact/hooks'
import type { FieldEventInput } from '../../../shared/field-schemas.ts'
import type { FieldEvent } from '../../../shared/field-types.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { StoreFinder } from '../../components/staff/StoreFinder.tsx'
import { useLocale } from '../../state/staff-locale.ts'
import { splitList } from '../../components/staff/list-field.ts'

interface Props {
  heading: string
  /** The event being edited, or what a new one starts with (a case recorded as an event). */
  event?: Partial<Pick<FieldEvent, 'title' | 'occurredOn' | 'storeCodes' | 'caseIds' | 'followUp'>>
  /** Bring the form into view with the title to type (arriving from a case). */
  focus?: boolean
  busy: boolean
  error: unknown
  onSave(values: FieldEventInput): void
}

/** Recording or editing an event: the fields stack, one above the other, at any width. */
export function EventForm({ heading, event, focus, busy, error, onSave }: Props) {
  const { t } = useLocale()
  const title = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (focus) title.current?.focus()
  }, [focus])
  const id = (name: string) => `event-${name}`

  function onSubmit(e: Event) {
    e.preventDefault()
    const f = new FormData(e.currentTarget as HTMLFormElement)
    const text = (k: string) => String(f.get(k) ?? '').trim()
    onSave({
      title: text('title'),
      occurredOn: text('occurredOn'),
      storeCodes: splitList(text('storeCodes')),
      caseIds: splitList(text('caseIds')),
      followUp: text('followUp'),
    })
  }

  return (
    <form class="stack" onSubmit={onSubmit}>
      <h2>{heading}</h2>
      <label for={id('title')}>{t('lib.event.title')}</label>
      <input ref={title} id={id('title')} name="title" required defaultValue={event?.title} />
      <label for={id('occurredOn')}>{t('lib.event.occurredOn')}</label>
      <input id={id('occurredOn')} name="occurredOn" type="date" required defaultValue={event?.occurredOn} />
      <label for={id('storeCodes')}>{t('lib.event.storeCodes')}</label>
      <input id={id('storeCodes')} name="storeCodes" aria-describedby={id('hint')} defaultValue={event?.storeCodes?.join(', ')} />
      <StoreFinder idPrefix={id('storeCodes')} listId={id('storeCodes')} />
      <label for={id('caseIds')}>{t('lib.event.caseIds')}</label>
      <input id={id('caseIds')} name="caseIds" aria-describedby={id('hint')} defaultValue={event?.caseIds?.join(', ')} />
      <span id={id('hint')} class="sub">
        {t('lib.list_hint')}
      </span>
      <label for={id('followUp')}>{t('lib.event.followUp')}</label>
      <textarea id={id('followUp')} name="followUp" rows={3} defaultValue={event?.followUp} />
      {error !== null && <ApiProblem error={error} />}
      <button type="submit" class="primary" disabled={busy}>
        {t('lib.save')}
      </button>
    </form>
  )
}
