import { useState } from 'preact/hooks'
import { silentStores } from '../../api/registry.ts'
import { Pending } from '../../components/staff/Pending.tsx'
import { TableHead } from '../../components/staff/TableHead.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'

/** Licensed stores whose poster nobody has scanned lately: for the supervisor's next visit. */
export function SilentPostersPage() {
  const { t } = useLocale()
  const [days, setDays] = useState(30)
  const { data, error } = useLoad(() => silentStores(days), [days])
  const items = data?.items

  return (
    <section aria-labelledby="silent-title">
      <h2 id="silent-title">{t('silent.title')}</h2>
      <p>{t('silent.help', { days })}</p>
      <label for="silent-days">{t('silent.days')}</label>
      <input id="silent-days" type="number" min={1} max={365} value={days} onChange={(e) => setDays(Number(e.currentTarget.value) || 30)} />
      {(!items || error) && <Pending error={error} />}
      {items && items.length === 0 && <p>{t('silent.empty')}</p>}
      {items && items.length > 0 && (
        <table class="silent">
          <TableHead
            columns={[t('stores.code'), t('stores.name'), t('stores.district'), t('stores.supervisor'), t('silent.last_scan'), t('silent.issued')]}
          />
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
