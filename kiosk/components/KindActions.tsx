import { FEEDBACK_KINDS, type FeedbackKind } from '../../shared/enums.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  kind: FeedbackKind | null
  onPick(kind: FeedbackKind): void
}

/**
 * The four actions as large buttons under the store's name. Links first, so
 * that without scripts each opens the page again with its form ready
 * (`?kind=`); with scripts the form switches in place.
 */
export function KindActions({ kind, onPick }: Props) {
  const { t } = useLocale()
  return (
    <nav class="kind-actions" aria-label={t('journey.actions')}>
      {FEEDBACK_KINDS.map((k) => (
        <a
          key={k}
          class={k === kind ? 'button action chosen' : 'button action'}
          href={`?kind=${k}#form`}
          aria-current={k === kind ? 'true' : undefined}
          onClick={(e) => {
            e.preventDefault()
            onPick(k)
            document.getElementById('form')?.scrollIntoView()
          }}
        >
          {t(`kind.${k}`)}
        </a>
      ))}
    </nav>
  )
}
