import { useState } from 'preact/hooks'
import type { AdminStore } from '../../../shared/api-types.ts'
import { listAdminStores } from '../../api/registry.ts'
import { Pager } from '../../components/staff/Pager.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { TableHead } from '../../components/staff/TableHead.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { DistrictSelect } from './DistrictSelect.tsx'
import { StoreForm } from './StoreForm.tsx'

/** The registry, inactive stores included: search, edit one store, add one, download its QR. */
export function StoresAdminPage() {
  const { t } = useLocale()
  const [q, setQ] = useState('')
  const [district, setDistrict] = useState('')
  const [page, setPage] = useState(1)
  const [editing, setEditing] = useState<AdminStore | 'new' | null>(null)
  const { data, error, reload } = useLoad(() => listAdminStores({ q, district, page }), [q, district, page])

  const saved = () => {
    setEditing(null)
    reload()
  }

  return (
    <section aria-labelledby="stores-admin-title">
      <h2 id="stores-admin-title">{t('stores.title')}</h2>
      <p class="filters">
        <input type="search" aria-label={t('stores.search')} placeholder={t('stores.search')} value={q} onInput={(e) => (setQ(e.currentTarget.value), setPage(1))} />
        <DistrictSelect label={t('stores.district')} all={t('stores.all_districts')} value={district} onChange={(d) => (setDistrict(d), setPage(1))} />
        <button type="button" onClick={() => setEditing('new')}>
          {t('stores.add')}
        </button>
      </p>
      {editing && <StoreForm store={editing === 'new' ? null : editing} onSaved={saved} onCancel={() => setEditing(null)} />}
      {(!data || error) && <Pending error={error} />}
      {data && (
        <>
          <p>{t('stores.total', { n: data.total })}</p>
          <table class="stores-admin">
            <TableHead
              columns={[t('stores.code'), t('stores.name'), t('stores.district'), t('stores.supervisor'), t('stores.active'), t('stores.poster'), '']}
            />
            <tbody>
              {data.items.map((s) => (
                <tr key={s.code} data-store={s.code}>
                  <td class="mono">{s.code}</td>
                  <td>{s.name}</td>
                  <td>{s.district}</td>
                  <td>{[s.supervisorName, s.supervisorPhone].filter(Boolean).join(' ')}</td>
                  <td>{s.active ? t('stores.active') : t('stores.inactive')}</td>
                  <td class="mono">{s.posterVersion ?? '—'}</td>
                  <td>
                    <button type="button" onClick={() => setEditing(s)}>
                      {t('stores.edit')}
                    </button>{' '}
                    <a href={`/api/admin/stores/${s.code}/qr.svg`} download={`${s.code}.svg`}>
                      {t('stores.qr_svg')}
                    </a>{' '}
                    <a href={`/api/admin/stores/${s.code}/qr.png`} download={`${s.code}.png`}>
                      {t('stores.qr_png')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </section>
  )
}
