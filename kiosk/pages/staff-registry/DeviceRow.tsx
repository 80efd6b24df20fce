import { useState } from 'preact/hooks'
import type { FleetDevice } from '../../../shared/api-types.ts'
import { devicePatchSchema } from '../../../shared/fleet-schemas.ts'
import { renameDevice, revokeDevice } from '../../api/fleet.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  device: FleetDevice
  /** After a rename or revoke: the list is loaded again. */
  onChanged(): void
}

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })

/** One tablet on the fleet page: what it reported, its flags, and renaming or revoking it. */
export function DeviceRow({ device: d, onChanged }: Props) {
  const { t } = useLocale()
  const [editing, setEditing] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const action = useAction(() => {
    setEditing(null)
    onChanged()
  })

  function saveName(e: Event) {
    e.preventDefault()
    void action.run(() => renameDevice(d.id, validated(devicePatchSchema, { name: editing ?? '' })))
  }

  const flags = [d.offline && t('fleet.flag.offline'), d.staleNotices && t('fleet.flag.stale')].filter(Boolean).join('、')
  return (
    <tr data-device={d.id} class={d.revokedAt ? 'revoked' : flags ? 'flagged' : undefined}>
      <td>
        {d.storeName} <span class="mono">{d.storeCode}</span>
        <br />
        <small>{d.district}</small>
      </td>
      <td>
        {editing === null ? (
          d.name || <em>{t('fleet.unnamed')}</em>
        ) : (
          <form onSubmit={saveName}>
            <input aria-label={t('fleet.col.name')} value={editing} maxLength={40} onInput={(e) => setEditing(e.currentTarget.value)} />
            <button type="submit">{t('fleet.save')}</button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('fleet.cancel')}
            </button>
          </form>
        )}
      </td>
      <td>{time(d.pairedAt)}</td>
      <td class="heartbeat">{d.lastHeartbeatAt ? time(d.lastHeartbeatAt) : t('fleet.never')}</td>
      <td class="mono">{d.appVersion ?? '—'}</td>
      {/* Versions are digests: the words say whether the tablet shows the store's current notices. */}
      <td class="notices" data-shown={d.noticeVersion ?? ''} data-current={d.currentNoticeVersion}>
        {d.noticeVersion === null ? '—' : t(d.noticeVersion === d.currentNoticeVersion ? 'fleet.notices.current' : 'fleet.notices.old')}
      </td>
      <td class="num">{d.outboxLength ?? '—'}</td>
      <td class="status">{d.revokedAt ? `${t('fleet.revoked')} ${time(d.revokedAt)}` : flags || t('fleet.ok')}</td>
      <td>
        {!d.revokedAt && editing === null && (
          <>
            <button type="button" onClick={() => setEditing(d.name)}>
              {t('fleet.rename')}
            </button>{' '}
            {confirming ? (
              <button type="button" onClick={() => void action.run(() => revokeDevice(d.id))}>
                {t('fleet.revoke_confirm')}
              </button>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('fleet.revoke')}
              </button>
            )}
          </>
        )}
        <ApiProblem error={action.error} codes={{ not_found: 'fleet.error.device_not_found', forbidden: 'fleet.error.device_forbidden' }} />
      </td>
    </tr>
  )
}
