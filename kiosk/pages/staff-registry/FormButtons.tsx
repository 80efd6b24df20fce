import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  submit: string
  busy: boolean
  onCancel(): void
}

/** A registry form's submit and cancel buttons. */
export function FormButtons({ submit, busy, onCancel }: Props) {
  const { t } = useLocale()
  return (
    <p>
      <button type="submit" class="primary" disabled={busy}>
        {submit}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('stores.cancel')}
      </button>
    </p>
  )
}
