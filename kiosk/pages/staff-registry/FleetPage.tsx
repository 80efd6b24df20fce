import { useState } from 'preact/hooks'
import { FLEET_FLAGS, type FleetFlag } from '../../../shared/fleet-schemas.ts'
import { listFleet } from '../../api/fleet.ts'
import { Pending } from '../../components/staff/Pending.tsx'
import { TableHead } from '../../components/staff/TableHead.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { DeviceRow } from './DeviceRow.tsx'
import { DistrictSelect } from './DistrictSelect.tsx'
import { PairTabletForm } from './PairTabletForm.tsx'

/** The store tablets: pair one, see which are offline or show old notices, rename or revoke one. */
export function FleetPage() {
  const { t } = useLocale()
  const [district, setDistrict] = useState('')
  const [store, setStore] = useState('')
  const [flag, setFlag] = useState<FleetFlag | ''>('')
  const { data: devices, error, reload } = useLoad(() => listFleet({ district, store: store.trim(), flag }), [district, store, flag])

  return (
    <section aria-labelledby="fleet-title">
      <h2 id="fleet-title">{t('fleet.title')}</h2>
      <PairTabletForm />
      <p>{t('fleet.help')}</p>
      <p class="filters">
        <DistrictSelect label={t('stores.district')} all={t('stores.all_districts')} value={district} onChange={setDistrict} />
        <input type="search" aria-label={t('fleet.store_filter')} placeholder={t('fleet.store_filter')} value={store} onInput={(e) => setStore(e.currentTarget.value)} />
        <select aria-label={t('fleet.col.status')} value={flag} onChange={(e) => setFlag(e.currentTarget.value as FleetFlag | '')}>
          <option value="">{t('fleet.all_flags')}</option>
          {FLEET_FLAGS.map((f) => (
            <option key={f} value={f}>
              {t(`fleet.flag.${f}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={reload}>
          {t('fleet.refresh')}
        </button>
      </p>
      {(!devices || error) && <Pending error={error} />}
      {devices && devices.length === 0 && <p>{t('fleet.empty')}</p>}
      {devices && devices.length > 0 && (
        <>
          <p>{t('fleet.count', { n: devices.length })}</p>
          <table class="fleet">
            <TableHead
              columns={[
                t('fleet.col.store'),
                t('fleet.col.name'),
                t('fleet.col.paired'),
                t('fleet.col.heartbeat'),
                t('fleet.col.app'),
                t('fleet.col.notices_shown'),
                { label: t('fleet.col.outbox'), num: true },
                t('fleet.col.status'),
                '',
              ]}
            />
            <tbody>
              {devices.map((d) => (
                <DeviceRow key={d.id} device={d} onChanged={reload} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
