import { useEffect, useState } from 'preact/hooks'
import { dueRechecks, myStores } from '../../api/field.ts'
import { Link } from '../../components/staff/Link.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { formatDateTime } from '../../components/staff/format.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useRouter } from '../../state/staff-router.tsx'
import { useOnline } from '../../state/use-online.ts'
import { flushVisits, pendingVisits, type PendingVisit } from '../../state/visit-outbox.ts'
import { stationFromImage, stationFromText } from './qr-station.ts'

/** A supervisor's phone page: start a visit (scan, type or pick), the re-checks due, my stores by last visit. */
export function FieldPage() {
  const { t, locale } = useLocale()
  const { navigate } = useRouter()
  const stores = useLoad(myStores, [])
  const rechecks = useLoad(dueRechecks, [])
  const online = useOnline()
  const [waiting, setWaiting] = useState<PendingVisit[]>([])
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!online) return void pendingVisits().then(setWaiting)
    // What was sent now shows in the lists: reload them after the round.
    void flushVisits().then(async () => {
      setWaiting(await pendingVisits())
      stores.reload()
      rechecks.reload()
    })
  }, [online])

  const start = (code: string | null) => {
    if (!code) return setProblem(t('field.qr_none'))
    if (stores.data && !stores.data.some((s) => s.code === code)) return setProblem(t('field.not_my_store', { code }))
    navigate(`/staff/field/visit/${encodeURIComponent(code)}`)
  }
  async function onPhoto(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0]
    setProblem(null)
    if (file) start(await stationFromImage(file))
  }
  function onCode(e: Event) {
    e.preventDefault()
    setProblem(null)
    start(stationFromText(String(new FormData(e.currentTarget as HTMLFormElement).get('code') ?? '')))
  }

  return (
    <div class="field-page">
      <h1>{t('field.title')}</h1>
      {waiting.length > 0 && (
        <div class="outbox-line" role="status">
          <p>{t('field.waiting', { n: waiting.length })}</p>
          <ul>
            {waiting.map((v) => (
              <li key={v.id}>
                {t('field.pending_visit', {
                  code: v.storeCode,
                  state: v.submitted
                    ? t('field.pending_photos', { n: v.photos })
                    : `${t('field.pending_saved')}${v.photos > 0 ? t('field.with_photos', { n: v.photos }) : ''}`,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <section aria-labelledby="start-visit">
        <h2 id="start-visit">{t('field.start')}</h2>
        <label class="scan-button">
          {t('field.scan')}
          <input type="file" accept="image/*" capture="environment" onChange={onPhoto} />
        </label>
        <form class="stack" onSubmit={onCode}>
          <label for="station-code">{t('field.type_code')}</label>
          <input id="station-code" name="code" inputMode="numeric" autoComplete="off" />
          <button type="submit" class="primary">{t('field.go')}</button>
        </form>
        {problem && <p class="problem" role="alert">{problem}</p>}
      </section>
      <section aria-labelledby="due-rechecks">
        <h2 id="due-rechecks">{t('field.rechecks')}</h2>
        {!rechecks.data ? (
          <Pending error={rechecks.error} />
        ) : rechecks.data.length === 0 ? (
          <p>{t('field.rechecks_none')}</p>
        ) : (
          <ul class="card-list">
            {rechecks.data.map((r) => (
              <li key={r.caseId}>
                <Link href={`/staff/field/visit/${r.storeCode}?recheck=${r.caseId}`}>{r.storeName}</Link>
                <span class="sub">{r.message}</span>
                <span class="sub">{t('field.due', { at: formatDateTime(r.dueAt, locale) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-stores">
        <h2 id="my-stores">{t('field.my_stores')}</h2>
        {!stores.data ? (
          <Pending error={stores.error} />
        ) : (
          <ul class="card-list">
            {stores.data.map((s) => (
              <li key={s.code}>
                <Link href={`/staff/field/visit/${s.code}`}>{s.name}</Link>
                <span class="sub">
                  {s.code} · {s.district} · {s.lastVisitAt ? t('field.last_visit', { at: formatDateTime(s.lastVisitAt, locale) }) : t('field.never_visited')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
