import { useState } from 'preact/hooks'
import { campaignInputSchema } from '../../../shared/field-schemas.ts'
import { CENTRE_STAFF } from '../../../shared/role-sets.ts'
import { createCampaign, listCampaigns } from '../../api/field.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { Link } from '../../components/staff/Link.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useUser } from '../../state/staff-session.tsx'

/** The campaigns (专项治理) with a link to each one's progress; the centre creates them here. */
export function CampaignsPage() {
  const { t } = useLocale()
  const user = useUser()
  const { data, error, reload } = useLoad(listCampaigns, [])
  const [formKey, setFormKey] = useState(0)
  const action = useAction(() => {
    reload()
    setFormKey((k) => k + 1)
  })

  function onSubmit(e: Event) {
    e.preventDefault()
    const f = new FormData(e.currentTarget as HTMLFormElement)
    const text = (k: string) => String(f.get(k) ?? '').trim()
    const districts = text('districts').split(/[,，\s]+/).filter(Boolean)
    const pct = (k: string) => (text(k) ? { [k]: Number(text(k)) } : {})
    void action.run(() =>
      createCampaign(
        validated(campaignInputSchema, {
          name: text('name'),
          from: text('from'),
          to: text('to'),
          ...(districts.length && { districts }),
          targets: { ...pct('inspectedPct'), ...pct('trainedPct') },
        }),
      ),
    )
  }

  return (
    <div class="field-page">
      <h1>{t('campaign.title')}</h1>
      {!data ? (
        <Pending error={error} />
      ) : data.length === 0 ? (
        <p>{t('campaign.none')}</p>
      ) : (
        <ul class="card-list">
          {data.map((c) => (
            <li key={c.id}>
              <Link href={`/staff/campaigns/${c.id}`}>{c.name}</Link>
              <span class="sub">
                {c.from} – {c.to} · {c.districts.length ? c.districts.join('、') : t('campaign.all_districts')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {CENTRE_STAFF.includes(user.role) && (
        <form class="stack" onSubmit={onSubmit} key={formKey}>
          <h2>{t('campaign.create')}</h2>
          <label for="c-name">{t('campaign.name')}</label>
          <input id="c-name" name="name" required />
          <label for="c-from">{t('campaign.from')}</label>
          <input id="c-from" name="from" type="date" required />
          <label for="c-to">{t('campaign.to')}</label>
          <input id="c-to" name="to" type="date" required />
          <label for="c-districts">{t('campaign.districts')}</label>
          <input id="c-districts" name="districts" />
          <label for="c-ins">{t('campaign.target_inspected')}</label>
          <input id="c-ins" name="inspectedPct" type="number" min="0" max="100" />
          <label for="c-tr">{t('campaign.target_trained')}</label>
          <input id="c-tr" name="trainedPct" type="number" min="0" max="100" />
          {action.error !== null && <ApiProblem error={action.error} />}
          <button type="submit" class="primary" disabled={action.busy}>
            {t('campaign.create')}
          </button>
        </form>
      )}
    </div>
  )
}
