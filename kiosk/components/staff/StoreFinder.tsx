import { useRef, useState } from 'preact/hooks'
import type { StoreDirectory } from '../../../shared/api-types.ts'
import { searchStores } from '../../api/public.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { splitList } from './list-field.ts'

interface Props {
  /** Distinguishes the ids when several forms are on one page. */
  idPrefix: string
  /** The id of the typed list of station codes a picked store is added to. */
  listId: string
}

type Found = StoreDirectory['items'][number]

const optionText = (s: Found) => `${s.code} ${s.name}`

/**
 * Finding a store by name, address or code for a typed list of station
 * codes: the matches are offered as the user types, and picking one adds
 * its code to the list, so nobody has to know the codes by heart.
 */
export function StoreFinder({ idPrefix, listId }: Props) {
  const { t } = useLocale()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Found[]>([])
  // Answers can come back out of order: only the latest search's is shown.
  const latest = useRef(0)

  async function onInput(value: string) {
    const picked = found.find((s) => optionText(s) === value)
    if (picked) {
      const list = document.getElementById(listId) as HTMLInputElement
      const codes = splitList(list.value)
      if (!codes.includes(picked.code)) list.value = [...codes, picked.code].join(', ')
      setQuery('')
      setFound([])
      return
    }
    setQuery(value)
    const asked = ++latest.current
    const q = value.trim()
    const items = q.length < 2 ? [] : await searchStores(q, '').then((d) => d.items, () => [])
    if (asked === latest.current) setFound(items)
  }

  return (
    <>
      <label for={`${idPrefix}-find`}>{t('stores.finder')}</label>
      <input
        id={`${idPrefix}-find`}
        list={`${idPrefix}-found`}
        autocomplete="off"
        value={query}
        onInput={(e) => void onInput(e.currentTarget.value)}
      />
      <datalist id={`${idPrefix}-found`}>
        {found.map((s) => (
          <option key={s.code} value={optionText(s)}>
            {s.district} · {s.address}
          </option>
        ))}
      </datalist>
    </>
  )
}
