import { useLocale } from '../../state/kiosk-locale.ts'

interface Props {
  seconds: number
}

/** "还在吗？" before the idle reset: a touch anywhere (the button too) keeps the form. */
export function IdleWarning({ seconds }: Props) {
  const { t } = useLocale()
  return (
    <div class="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-left">
      <h2 id="idle-title">{t('kiosk.idle.title')}</h2>
      <p id="idle-left" aria-live="assertive">
        {t('kiosk.idle.left', { n: seconds })}
      </p>
      <button type="button" class="primary">
        {t('kiosk.idle.stay')}
      </button>
    </div>
  )
}
