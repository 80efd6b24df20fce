import type { BurstFlag } from '../../../shared/api-types.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { Link } from './Link.tsx'

interface Props {
  bursts: BurstFlag[]
}

/** Stores whose submissions in a day far exceed their normal level: look before trusting the numbers. */
export function BurstList({ bursts }: Props) {
  const { t } = useLocale()
  return (
    <section aria-labelledby="bursts-title" class="bursts">
      <h2 id="bursts-title">{t('dash.bursts')}</h2>
      <p class="hint">{t('dash.bursts_hint')}</p>
      {bursts.length === 0 ? (
        <p>{t('dash.no_bursts')}</p>
      ) : (
        <ul>
          {bursts.map((b) => (
            <li key={`${b.storeCode}-${b.date}`}>
              <span class="flag burst-flag">{t('flag.burst')}</span>{' '}
              <Link href={`/staff/stores/${encodeURIComponent(b.storeCode)}`}>
                {b.name}（{b.storeCode}）
              </Link>{' '}
              {t('dash.burst_line', { date: b.date, count: b.count, baseline: b.baseline })}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
