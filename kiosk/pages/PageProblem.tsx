import { useLocale } from '../state/buyer-locale.ts'

interface Props {
  reason: 'rate_limited' | 'generic'
  storeCode: string | null
}

/** A form the server could not take (sent without scripts): what happened, and the way back. */
export function PageProblem({ reason, storeCode }: Props) {
  const { t } = useLocale()
  return (
    <section class="missing" role="alert">
      <h1>{t('journey.error_title')}</h1>
      <p>{t(reason === 'rate_limited' ? 'journey.rate_limited' : 'error.generic')}</p>
      <p>
        <a class="button" href={storeCode ? `/s/${encodeURIComponent(storeCode)}` : '/report'}>
          {t('journey.back_to_store')}
        </a>
      </p>
    </section>
  )
}
