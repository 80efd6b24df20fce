import { useEffect, useMemo, useState } from 'preact/hooks'
import type { PhotoMessages } from '../../shared/i18n/photos.ts'
import type { Translate } from '../../shared/i18n/translate.ts'
import { PHOTOS_PER_SUBMISSION } from '../../shared/photo-limits.ts'
import { shrinkPhoto } from '../state/shrink-photo.ts'

interface Props {
  photos: Blob[]
  onChange(photos: Blob[]): void
  /** The page's translator: the buyer's or the console's catalogue, both holding the photo messages. */
  t: Translate<PhotoMessages>
  /** How many may be picked: a buyer's three, or a supervisor's limit for an item or a visit. */
  max?: number
  /** Tells several pickers on one page apart (a supervisor's, one per checklist item). */
  name?: string
  /** The group's name; a supervisor's item picker is named after its item. */
  legend?: string
  /** false where the page says it once for all its pickers. */
  hint?: boolean
}

/** Up to `max` photos, shrunk on the phone as they are picked, shown as thumbnails that can be removed. */
export function PhotoPicker({ photos, onChange, t, max = PHOTOS_PER_SUBMISSION, name = 'photos', legend, hint = true }: Props) {
  const [unreadable, setUnreadable] = useState(false)
  const [busy, setBusy] = useState(false)
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p)), [photos])
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls])

  async function picked(input: HTMLInputElement) {
    const files = Array.from(input.files ?? []).slice(0, max - photos.length)
    input.value = ''
    setBusy(true)
    const shrunk = await Promise.all(files.map((f) => shrinkPhoto(f).catch(() => null)))
    setBusy(false)
    setUnreadable(shrunk.includes(null))
    onChange([...photos, ...shrunk.filter((b): b is Blob => b !== null)])
  }

  return (
    <fieldset class="photos">
      <legend>{legend ?? t('photos.legend')}</legend>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {t('photos.hint', { max })}
        </p>
      )}
      {photos.length > 0 && (
        <ul class="photo-thumbs">
          {urls.map((url, i) => (
            <li key={url}>
              <img src={url} alt={t('photos.thumb', { n: i + 1 })} />
              <button type="button" onClick={() => onChange(photos.filter((_, j) => j !== i))}>
                {t('photos.remove', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {photos.length < max && (
        <label class="photo-add">
          {t('photos.add')}
          <input type="file" accept="image/*" multiple disabled={busy} aria-describedby={hint ? `${name}-hint` : undefined} onChange={(e) => void picked(e.currentTarget)} />
        </label>
      )}
      {unreadable && (
        <p class="field-error" role="alert">
          {t('photos.unreadable')}
        </p>
      )}
    </fieldset>
  )
}
