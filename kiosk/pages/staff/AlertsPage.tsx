import { useState } from 'preact/hooks'
import { ALERT_CHANNEL_TYPES, ALERT_EVENTS, alertChannelCreateSchema, DIGEST_GROUPINGS, type AlertChannelType } from '../../../shared/alert-schemas.ts'
import { addChannel, deleteChannel, listChannels, listDeliveries } from '../../api/loop.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { formatDateTime } from '../../components/staff/format.ts'
import { Pending } from '../../components/staff/Pending.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'

/** Notification channels (admin): where alerts go, and the log of what was sent. */
export function AlertsPage() {
  const { t, locale } = useLocale()
  const channels = useLoad(listChannels, [])
  const deliveries = useLoad(listDeliveries, [])
  const [type, setType] = useState<AlertChannelType>('wecom')
  const [secret, setSecret] = useState<string | null>(null)
  const [formKey, setFormKey] = useState(0)
  const action = useAction(channels.reload)

  function submit(e: Event) {
    e.preventDefault()
    const form = new FormData(e.currentTarget as HTMLFormElement)
    const districts = String(form.get('districts') ?? '').split(/[,，\s]+/).filter(Boolean)
    const given = String(form.get('secret') ?? '').trim()
    void action.run(async () => {
      const input = validated(alertChannelCreateSchema, {
        type,
        target: String(form.get('target') ?? '').trim(),
        events: form.getAll('events').map(String),
        ...(districts.length > 0 && { districts }),
        digestBy: form.get('digestBy'),
        ...(given && { secret: given }),
      })
      const added = await addChannel(input)
      setSecret(added.secret ?? null)
      setFormKey((k) => k + 1)
    })
  }

  return (
    <>
      <h1>{t('alerts.title')}</h1>
      {!channels.data ? (
        <Pending error={channels.error} />
      ) : channels.data.length === 0 ? (
        <p>{t('alerts.none')}</p>
      ) : (
        <ul class="channels">
          {channels.data.map((c) => (
            <li key={c.id}>
              <strong>{t(`alerts.type.${c.type}`)}</strong> <span class="mono">{c.target}</span> ·{' '}
              {c.events.map((ev) => t(`alerts.event.${ev}`)).join('、')} · {c.districts.length ? c.districts.join('、') : t('alerts.all_city')}
              {c.events.includes('digest.daily') && ` · ${t(`alerts.digest_by.${c.digestBy}`)}`}
              {c.hasSecret && ` · ${t('alerts.has_secret')}`}{' '}
              <button type="button" disabled={action.busy} onClick={() => void action.run(() => deleteChannel(c.id))}>
                {t('alerts.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {secret && (
        <p role="status">
          {t('alerts.secret_made')} <code>{secret}</code>
        </p>
      )}
      <form class="action channel-create" onSubmit={submit} key={formKey}>
        <h2>{t('alerts.add')}</h2>
        <label for="channel-type">{t('alerts.type')}</label>
        <select id="channel-type" value={type} onChange={(e) => setType(e.currentTarget.value as AlertChannelType)}>
          {ALERT_CHANNEL_TYPES.map((ct) => (
            <option key={ct} value={ct}>
              {t(`alerts.type.${ct}`)}
            </option>
          ))}
        </select>
        <label for="channel-target">{t('alerts.target')}</label>
        <input id="channel-target" name="target" required autocomplete="off" />
        <fieldset>
          <legend>{t('alerts.events')}</legend>
          {ALERT_EVENTS.map((ev) => (
            <label key={ev} class="check">
              <input type="checkbox" name="events" value={ev} /> {t(`alerts.event.${ev}`)}
            </label>
          ))}
        </fieldset>
        <label for="channel-districts">{t('alerts.districts')}</label>
        <input id="channel-districts" name="districts" autocomplete="off" />
        <label for="channel-digest-by">{t('alerts.digest_by')}</label>
        <select id="channel-digest-by" name="digestBy">
          {DIGEST_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`alerts.digest_by.${g}`)}
            </option>
          ))}
        </select>
        {type !== 'email' && (
          <>
            <label for="channel-secret">{t('alerts.secret')}</label>
            <input id="channel-secret" name="secret" autocomplete="off" />
          </>
        )}
        <button type="submit" class="primary" disabled={action.busy}>
          {t('alerts.add')}
        </button>
        <ApiProblem error={action.error} />
      </form>
      <h2>{t('alerts.deliveries')}</h2>
      {!deliveries.data ? (
        <Pending error={deliveries.error} />
      ) : deliveries.data.items.length === 0 ? (
        <p>{t('alerts.no_deliveries')}</p>
      ) : (
        <table class="deliveries">
          <thead>
            <tr>
              <th scope="col">{t('alerts.delivery.created')}</th>
              <th scope="col">{t('alerts.delivery.event')}</th>
              <th scope="col">{t('alerts.delivery.channel')}</th>
              <th scope="col">{t('alerts.delivery.status')}</th>
              <th scope="col">{t('alerts.delivery.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.data.items.map((d) => (
              <tr key={d.id}>
                <td>{formatDateTime(d.createdAt, locale)}</td>
                <td>{d.event}</td>
                <td>{d.channelId}</td>
                <td>{t(`alerts.status.${d.status}`)}</td>
                <td>
                  {d.attempts.map((a) => `${formatDateTime(a.at, locale)} ${a.ok ? 'OK' : (a.error ?? a.httpStatus ?? '')}`).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
