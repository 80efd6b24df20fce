import { useLocale } from '../state/buyer-locale.ts'

export function HomePage() {
  const { t } = useLocale()
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p>{t('home.scan')}</p>
      <p class="actions">
        <a class="button primary" href="/report">
          {t('home.report')}
        </a>
        <a class="button" href="/track">
          {t('home.track')}
        </a>
      </p>
      <p class="responsible">{t('play.responsible')}</p>
    </section>
  )
}
