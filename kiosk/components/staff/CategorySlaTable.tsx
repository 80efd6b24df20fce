import type { AdminCategory } from '../../../shared/api-types.ts'
import { listCategories } from '../../api/staff.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { Pending } from './Pending.tsx'
import { SlaInput } from './SlaInput.tsx'

/** Each category's deadline in working days, editable in place. */
export function CategorySlaTable() {
  const { t, locale } = useLocale()
  const { data, error, reload } = useLoad(listCategories, [])
  const name = (c: AdminCategory) => (locale === 'en' ? c.label.en : c.label.zh)
  return (
    <section aria-labelledby="sla-title">
      <h2 id="sla-title">{t('settings.sla')}</h2>
      <p class="hint">{t('settings.sla_hint')}</p>
      {!data ? (
        <Pending error={error} />
      ) : (
        <table class="sla">
          <thead>
            <tr>
              <th scope="col">{t('settings.category')}</th>
              <th scope="col">{t('cases.kind')}</th>
              <th scope="col">{t('settings.sla_days')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((c) => (
              <tr key={c.id} class={c.active ? undefined : 'disabled'}>
                <th scope="row">{name(c)}</th>
                <td>{t(`kind.${c.kind}`)}</td>
                <td>
                  <SlaInput category={c} label={name(c)} onDone={reload} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
