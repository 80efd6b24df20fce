import { useEffect, useState } from 'preact/hooks'
import type { SilentStore } from '../../../shared/api-types.ts'
import { silentStores } from '../../api/registry.ts'
import { useLocale } from '../../state/staff-locale.ts'

/** Licensed stores whose poster nobody has scanned lately: for the supervisor's next visit. */
export function SilentPostersPage() {
  const { t } = useLocale()
  const [days, setDays] = useState(30)
  const [items, setItems] = useState<SilentStore[] | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => void silentStores(days).then((r) => setItems(r.items), () => setFailed(true)), [days])

  return (
    <section aria-labelledby="silent-title">
      <h2 id="silent-title">{t('silent.title')}</h2>
      <p>{t('silent.help', { days })}</p>
      <label for="silent-days">{t('silent.days')}</label>
      <input id="silent-days" type="number" min={1} max={365} value={days} onChange={(e) => setDays(Number(e.currentTarget.value) || 30)} />
      {failed && <p role="alert">{t('error.generic')}</p>}
      {items && items.length === 0 && <p>{t('silent.empty')}</p>}
      {items && items.length > 0 && (
        <table class="silent">
          <thead>
            <tr>
              <th scope="col">{t('stores.code')}</th>
              <th scope="col">{t('stores.name')}</th>
              <th scope="col">{t('stores.district')}</th>
              <th scope="col">{t('stores.supervisor')}</th>
              <th scope="col">{t('silent.last_scan')}</th>
              <th scope="col">{t('silent.issued')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={s.code} data-store={s.code}>
                <td class="mono">{s.code}</td>
                <td>{s.name}</td>
                <td>{s.district}</td>
                <td>{s.supervisorName}</td>
                <td>{s.lastScanDay ?? t('silent.never')}</td>
                <td>{s.posterIssuedAt ? `${s.posterIssuedAt.slice(0, 10)}（${s.posterVersion}）` : t('silent.not_issued')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
