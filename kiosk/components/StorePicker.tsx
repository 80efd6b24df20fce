import type { StoreDirectory } from '../../shared/api-types.ts'
import type { PickedStore } from '../../shared/buyer-page-data.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Search {
  q: string
  district: string
  page: number
}

interface Props {
  q: string
  district: string
  found: StoreDirectory | null
  onSearch(search: Search): void
  onPick(store: PickedStore): void
}

const searchUrl = (s: Search) => `/report?${new URLSearchParams({ q: s.q, district: s.district, page: String(s.page) })}`

/**
 * /report's store search: a GET form the server answers with a page of
 * matching stores (any store, by name, code or address), each picked by a
 * link. With scripts the same links and form act in place.
 */
export function StorePicker({ q, district, found, onSearch, onPick }: Props) {
  const { t } = useLocale()
  const more = found && found.page * found.pageSize < found.total
  const follow = (e: Event, act: () => void) => {
    e.preventDefault()
    act()
  }
  return (
    <div class="picker">
      <form method="get" action="/report" role="search" onSubmit={(e) => follow(e, () => onSearch({ q, district, page: 1 }))}>
        <label for="store-q">{t('report.search')}</label>
        <input id="store-q" name="q" type="search" value={q} onInput={(e) => onSearch({ q: e.currentTarget.value, district, page: 1 })} />
        <label for="store-district">{t('pages.district')}</label>
        <select id="store-district" name="district" value={district} onChange={(e) => onSearch({ q, district: e.currentTarget.value, page: 1 })}>
          <option value="">{t('report.district_all')}</option>
          {found?.districts.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <button type="submit">{t('pages.search')}</button>
      </form>
      {found && found.total > 0 && <p aria-live="polite">{t('pages.found', { n: found.total })}</p>}
      <ul class="stores">
        {found?.items.map((s) => (
          <li key={s.code}>
            <a class="store-choice" href={`/report?store=${encodeURIComponent(s.code)}#form`} onClick={(e) => follow(e, () => onPick(s))}>
              <strong>{s.name}</strong> {s.code}
              <br />
              <small>{s.address}</small>
            </a>
          </li>
        ))}
      </ul>
      {found && found.items.length === 0 && <p>{t('report.no_results')}</p>}
      {more && (
        <p>
          <a href={searchUrl({ q, district, page: found.page + 1 })} onClick={(e) => follow(e, () => onSearch({ q, district, page: found.page + 1 }))}>
            {t('pages.more')}
          </a>
        </p>
      )}
      <p>
        <a class="button" href="/report?store=none#form" onClick={(e) => follow(e, () => onPick('none'))}>
          {t('report.unknown_store')}
        </a>
      </p>
    </div>
  )
}
