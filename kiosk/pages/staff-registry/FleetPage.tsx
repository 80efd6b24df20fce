import { useEffect, useState } from 'preact/hooks'
import type { FleetDevice } from '../../../shared/api-types.ts'
import { FLEET_FLAGS, type FleetFlag } from '../../../shared/fleet-schemas.ts'
import { listFleet } from '../../api/fleet.ts'
import { storeDistricts } from '../../api/registry.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { DeviceRow } from './DeviceRow.tsx'
import { PairTabletForm } from './PairTabletForm.tsx'

/** The store tablets: pair one, see which are offline or show old notices, rename or revoke one. */
export function FleetPage() {
  const { t } = useLocale()
  const [districts, setDistricts] = useState<string[]>([])
  const [district, setDistrict] = useState('')
  const [store, setStore] = useState('')
  const [flag, setFlag] = useState<FleetFlag | ''>('')
  const [devices, setDevices] = useState<FleetDevice[] | null>(null)
  const [failed, setFailed] = useState(false)

  const load = () => listFleet({ district, store: store.trim(), flag }).then((d) => (setDevices(d), setFailed(false)), () => setFailed(true))
  useEffect(() => void storeDistricts().then(setDistricts, () => setDistricts([])), [])
  useEffect(() => void load(), [district, store, flag])

  const changed = (d: FleetDevice) => setDevices((all) => all && all.map((x) => (x.id === d.id ? d : x)))

  return (
    <section aria-labelledby="fleet-title">
      <h2 id="fleet-title">{t('fleet.title')}</h2>
      <PairTabletForm />
      <p>{t('fleet.help')}</p>
      <p class="filters">
        <select aria-label={t('stores.district')} value={district} onChange={(e) => setDistrict(e.currentTarget.value)}>
          <option value="">{t('stores.all_districts')}</option>
          {districts.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <input type="search" aria-label={t('fleet.store_filter')} placeholder={t('fleet.store_filter')} value={store} onInput={(e) => setStore(e.currentTarget.value)} />
        <select aria-label={t('fleet.col.status')} value={flag} onChange={(e) => setFlag(e.currentTarget.value as FleetFlag | '')}>
          <option value="">{t('fleet.all_flags')}</option>
          {FLEET_FLAGS.map((f) => (
            <option key={f} value={f}>
              {t(`fleet.flag.${f}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void load()}>
          {t('fleet.refresh')}
        </button>
      </p>
      {failed && <p role="alert">{t('error.generic')}</p>}
      {devices && devices.length === 0 && <p>{t('fleet.empty')}</p>}
      {devices && devices.length > 0 && (
        <>
          <p>{t('fleet.count', { n: devices.length })}</p>
          <table class="fleet">
            <thead>
              <tr>
                <th scope="col">{t('fleet.col.store')}</th>
                <th scope="col">{t('fleet.col.name')}</th>
                <th scope="col">{t('fleet.col.paired')}</th>
                <th scope="col">{t('fleet.col.heartbeat')}</th>
                <th scope="col">{t('fleet.col.app')}</th>
                <th scope="col">{t('fleet.col.notices')}</th>
                <th scope="col">{t('fleet.col.outbox')}</th>
                <th scope="col">{t('fleet.col.status')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {devices.map((d) => (
                <DeviceRow key={d.id} device={d} onChanged={changed} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
