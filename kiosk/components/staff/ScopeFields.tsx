import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { loadLookups } from '../../state/staff-lookups.ts'
import { splitList } from './list-field.ts'
import { StoreFinder } from './StoreFinder.tsx'

interface Props {
  /** Distinguishes the ids when several forms are on one page. */
  idPrefix: string
  districts: string[]
  stores: string[]
}

/** A supervisor's area: districts to tick and single station codes, read back with FormData. */
export function ScopeFields({ idPrefix, districts, stores }: Props) {
  const { t } = useLocale()
  const all = useLoad(loadLookups, []).data?.districts ?? []
  return (
    <>
      <fieldset class="districts">
        <legend>{t('users.districts')}</legend>
        {all.map((d) => (
          <label class="check" key={d}>
            <input type="checkbox" name="districts" value={d} defaultChecked={districts.includes(d)} /> {d}
          </label>
        ))}
      </fieldset>
      <label for={`${idPrefix}-stores`}>{t('users.stores')}</label>
      <input id={`${idPrefix}-stores`} name="stores" defaultValue={stores.join(', ')} aria-describedby={`${idPrefix}-stores-hint`} />
      <p class="hint" id={`${idPrefix}-stores-hint`}>
        {t('users.stores_hint')}
      </p>
      <StoreFinder idPrefix={`${idPrefix}-stores`} listId={`${idPrefix}-stores`} />
    </>
  )
}

/** The area a scope form holds. */
export function readScope(form: FormData): { districts: string[]; stores: string[] } {
  return {
    districts: form.getAll('districts').map(String),
    stores: splitList(String(form.get('stores') ?? '')),
  }
}
