import { useEffect, useState } from 'preact/hooks'
import type { AdminStore, Page } from '../../../shared/api-types.ts'
import { listAdminStores, storeDistricts } from '../../api/registry.ts'
import { Pager } from '../../components/staff/Pager.tsx'
import { useLocale } from '../../state/staff-locale.ts'
import { StoreForm } from './StoreForm.tsx'

/** The registry, inactive stores included: search, edit one store, add one, download its QR. */
export function StoresAdminPage() {
  const { t } = useLocale()
  const [q, setQ] = useState('')
  const [district, setDistrict] = useState('')
  const [districts, setDistricts] = useState<string[]>([])
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<Page<AdminStore> | null>(null)
  const [editing, setEditing] = useState<AdminStore | 'new' | null>(null)
  const [failed, setFailed] = useState(false)

  const load = () => listAdminStores({ q, district, page }).then(setResult, () => setFailed(true))
  useEffect(() => void storeDistricts().then(setDistricts, () => setDistricts([])), [])
  useEffect(() => void load(), [q, district, page])

  const saved = () => {
    setEditing(null)
    void load()
  }

  return (
    <section aria-labelledby="stores-admin-title">
      <h2 id="stores-admin-title">{t('stores.title')}</h2>
      <p class="filters">
        <input type="search" aria-label={t('stores.search')} placeholder={t('stores.search')} value={q} onInput={(e) => (setQ(e.currentTarget.value), setPage(1))} />
        <select aria-label={t('stores.district')} value={district} onChange={(e) => (setDistrict(e.currentTarget.value), setPage(1))}>
          <option value="">{t('stores.all_districts')}</option>
          {districts.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setEditing('new')}>
          {t('stores.add')}
        </button>
      </p>
      {editing && <StoreForm store={editing === 'new' ? null : editing} onSaved={saved} onCancel={() => setEditing(null)} />}
      {failed && <p role="alert">{t('error.generic')}</p>}
      {result && (
        <>
          <p>{t('stores.total', { n: result.total })}</p>
          <table class="stores-admin">
            <thead>
              <tr>
                <th scope="col">{t('stores.code')}</th>
                <th scope="col">{t('stores.name')}</th>
                <th scope="col">{t('stores.district')}</th>
                <th scope="col">{t('stores.supervisor')}</th>
                <th scope="col">{t('stores.active')}</th>
                <th scope="col">{t('stores.poster')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {result.items.map((s) => (
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
          <Pager page={page} pageSize={result.pageSize} total={result.total} onPage={setPage} />
        </>
      )}
    </section>
  )
}
