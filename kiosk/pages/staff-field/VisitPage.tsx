import { useState } from 'preact/hooks'
import { visitInputSchema, type VisitInput } from '../../../shared/field-schemas.ts'
import { CHECK_RESULTS, VISIT_TYPES, type CheckResult, type VisitType } from '../../../shared/enums.ts'
import { PHOTOS_PER_ITEM, PHOTOS_PER_VISIT } from '../../../shared/photos.ts'
import { dueRechecks, listChecklists } from '../../api/field.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { Link } from '../../components/staff/Link.tsx'
import { PhotoPicker } from '../../components/PhotoPicker.tsx'
import { Pending } from '../../components/staff/Pending.tsx'
import { validated } from '../../state/staff-action.ts'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { useRouter } from '../../state/staff-router.tsx'
import { submitVisit, type VisitResult } from '../../state/visit-outbox.ts'

interface Props {
  code: string
}

const loadForms = () => Promise.all([listChecklists(), dueRechecks()])

/** The key of the visit's own photos among its items' (item ids are slugs, never empty). */
const WHOLE_VISIT = ''

/** One visit to one store: the visit type, then its form and photos, stacked for a thumb; sent through the outbox. */
export function VisitPage({ code }: Props) {
  const { t, locale } = useLocale()
  const { query } = useRouter()
  const { data, error } = useLoad(loadForms, [])
  const [startedAt] = useState(() => new Date().toISOString())
  const [type, setType] = useState<VisitType>(query.get('recheck') ? 'recheck' : 'inspection')
  const [answers, setAnswers] = useState<Record<string, CheckResult>>({})
  const [photos, setPhotos] = useState<Record<string, Blob[]>>({})
  const [result, setResult] = useState<VisitResult | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  if (!data) return <Pending error={error} />
  const [checklists, rechecks] = data
  const checklist = checklists[0]
  const storeRechecks = rechecks.filter((r) => r.storeCode === code)
  const photosOf = (key: string) => photos[key] ?? []
  const setPhotosOf = (key: string) => (list: Blob[]) => setPhotos((all) => ({ ...all, [key]: list }))
  // Only the items of the form being sent: photos of a checklist left for another visit type stay behind.
  const photoKeys = type === 'inspection' && checklist ? [...checklist.items.map((i) => i.id), WHOLE_VISIT] : [WHOLE_VISIT]
  const photoCount = photoKeys.reduce((n, key) => n + photosOf(key).length, 0)

  if (result) {
    return (
      <div class="field-page">
        <h1>{t('field.visit_title', { code })}</h1>
        <p role="status" class="visit-done">
          {result.state === 'sent' ? t('field.sent', { n: result.created.casesCreated.length }) : t('field.queued')}
          {result.state === 'queued' && photoCount > 0 && t('field.with_photos', { n: photoCount })}
        </p>
        {result.state === 'sent' && photoCount > 0 && (
          <p role="status" class="visit-photos-state">
            {result.photosWaiting > 0 ? t('field.photos_waiting', { n: result.photosWaiting }) : t('field.photos_sent', { n: photoCount })}
          </p>
        )}
        <p>
          <Link href="/staff/field">{t('field.back')}</Link>
        </p>
      </div>
    )
  }

  async function onSubmit(e: Event) {
    e.preventDefault()
    const form = new FormData(e.currentTarget as HTMLFormElement)
    const text = (name: string) => String(form.get(name) ?? '').trim()
    const common = { id: crypto.randomUUID(), storeCode: code, startedAt, ...(text('note') && { note: text('note') }) }
    const raw: Record<string, unknown> =
      type === 'inspection' && checklist
        ? {
            ...common,
            type,
            checklistId: checklist.id,
            checklistVersion: checklist.version,
            results: checklist.items.map((item) => ({
              itemId: item.id,
              result: answers[item.id] ?? 'pass',
              ...(text(`note-${item.id}`) && { note: text(`note-${item.id}`) }),
            })),
          }
        : type === 'training'
          ? { ...common, type, training: { topic: text('topic'), attendees: Number(text('attendees') || '0'), ...(text('ack') && { acknowledgedBy: text('ack') }) } }
          : type === 'recheck'
            ? { ...common, type, recheck: { caseId: text('caseId'), rectified: text('rectified') === 'yes' } }
            : { ...common, type }
    setBusy(true)
    setFailure(null)
    try {
      const input: VisitInput = validated(visitInputSchema, raw)
      const sending = photoKeys.flatMap((key) => photosOf(key).map((blob) => ({ itemId: key === WHOLE_VISIT ? null : key, blob })))
      setResult(await submitVisit(input, sending))
    } catch (err) {
      setFailure(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div class="field-page">
      <h1>{t('field.visit_title', { code })}</h1>
      <form class="stack" onSubmit={onSubmit}>
        <fieldset class="choice">
          <legend>{t('field.type')}</legend>
          {VISIT_TYPES.map((v) => (
            <label key={v}>
              <input type="radio" name="type" value={v} checked={type === v} onChange={() => setType(v)} /> {t(`visit.${v}`)}
            </label>
          ))}
        </fieldset>
        {type === 'inspection' && checklist && <p class="hint">{t('field.photos_hint', { item: PHOTOS_PER_ITEM, visit: PHOTOS_PER_VISIT })}</p>}
        {type === 'inspection' && checklist && (
          <ol class="checklist">
            {checklist.items.map((item) => (
              <li key={item.id}>
                <fieldset class="choice">
                  <legend>{locale === 'en' ? item.label.en : item.label.zh}</legend>
                  {CHECK_RESULTS.map((r) => (
                    <label key={r}>
                      <input
                        type="radio"
                        name={`result-${item.id}`}
                        value={r}
                        checked={(answers[item.id] ?? 'pass') === r}
                        onChange={() => setAnswers({ ...answers, [item.id]: r })}
                      />{' '}
                      {t(`check.${r}`)}
                    </label>
                  ))}
                  {(answers[item.id] ?? 'pass') !== 'pass' && (
                    <label class="item-note">
                      {t('field.item_note')}
                      <input name={`note-${item.id}`} />
                    </label>
                  )}
                  <PhotoPicker
                    t={t}
                    photos={photosOf(item.id)}
                    onChange={setPhotosOf(item.id)}
                    max={PHOTOS_PER_ITEM}
                    name={`photos-${item.id}`}
                    legend={t('field.item_photos')}
                    hint={false}
                  />
                </fieldset>
              </li>
            ))}
          </ol>
        )}
        {type === 'training' && (
          <>
            <label for="topic">{t('field.topic')}</label>
            <input id="topic" name="topic" />
            <label for="attendees">{t('field.attendees')}</label>
            <input id="attendees" name="attendees" type="number" min="0" inputMode="numeric" />
            <label for="ack">{t('field.acknowledged_by')}</label>
            <input id="ack" name="ack" />
          </>
        )}
        {type === 'recheck' && (
          <>
            <label for="caseId">{t('field.recheck_case')}</label>
            <select id="caseId" name="caseId" value={query.get('recheck') ?? storeRechecks[0]?.caseId ?? ''}>
              {storeRechecks.map((r) => (
                <option key={r.caseId} value={r.caseId}>
                  {r.message}
                </option>
              ))}
            </select>
            <fieldset class="choice">
              <legend>{t('field.rectified')}</legend>
              <label>
                <input type="radio" name="rectified" value="yes" /> {t('field.rectified_yes')}
              </label>
              <label>
                <input type="radio" name="rectified" value="no" checked /> {t('field.rectified_no')}
              </label>
            </fieldset>
          </>
        )}
        <PhotoPicker
          t={t}
          photos={photosOf(WHOLE_VISIT)}
          onChange={setPhotosOf(WHOLE_VISIT)}
          max={PHOTOS_PER_VISIT}
          name="visit-photos"
          legend={t('field.visit_photos')}
          hint={type !== 'inspection'}
        />
        <label for="visit-note">{t('field.note')}</label>
        <textarea id="visit-note" name="note" rows={3} />
        {failure !== null && <ApiProblem error={failure} />}
        <button type="submit" class="primary" disabled={busy}>
          {t('field.submit')}
        </button>
      </form>
    </div>
  )
}
