import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  value: number | null
}

/** A duration given in hours: hours under two days, days beyond. */
export function Hours({ value }: Props) {
  const { t } = useLocale()
  if (value === null) return <>—</>
  return <>{value < 48 ? t('unit.hours', { n: Math.round(value) }) : t('unit.days', { n: (value / 24).toFixed(1) })}</>
}
