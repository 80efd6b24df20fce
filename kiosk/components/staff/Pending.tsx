import { useLocale } from '../../state/staff-locale.ts'
import { ApiProblem } from './ApiProblem.tsx'

interface Props {
  error: unknown
}

/** Shown while a page's data loads, or instead of it when loading failed. */
export function Pending({ error }: Props) {
  const { t } = useLocale()
  return error ? <ApiProblem error={error} /> : <p aria-live="polite">{t('loading')}</p>
}
