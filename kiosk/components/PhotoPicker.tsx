import { useEffect, useMemo, useState } from 'preact/hooks'
import { PHOTOS_PER_SUBMISSION } from '../../shared/photo-limits.ts'
import { useLocale } from '../state/buyer-locale.ts'
import { shrinkPhoto } from '../state/shrink-photo.ts'

interface Props {
  photos: Blob[]
  onChange(photos: Blob[]): void
}

/** Up to three photos, shrunk on the phone as they are picked, shown as thumbnails that can be removed. */
export function PhotoPicker({ photos, onChange }: Props) {
  const { t } = useLocale()
  const [unreadable, setUnreadable] = useState(false)
  const [busy, setBusy] = useState(false)
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p)), [photos])
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls])

  async function picked(input: HTMLInputElement) {
    const files = Array.from(input.files ?? []).slice(0, PHOTOS_PER_SUBMISSION - photos.length)
    input.value = ''
    setBusy(true)
    const shrunk = await Promise.all(files.map((f) => shrinkPhoto(f).catch(() => null)))
    setBusy(false)
    setUnreadable(shrunk.includes(null))
    onChange([...photos, ...shrunk.filter((b): b is Blob => b !== null)])
  }

  return (
    <fieldset class="photos">
      <legend>{t('photos.legend')}</legend>
      <p class="hint" id="photos-hint">
        {t('photos.hint', { max: PHOTOS_PER_SUBMISSION })}
      </p>
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
      {photos.length < PHOTOS_PER_SUBMISSION && (
        <label class="photo-add">
          {t('photos.add')}
          <input type="file" accept="image/*" multiple disabled={busy} aria-describedby="photos-hint" onChange={(e) => void picked(e.currentTarget)} />
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
