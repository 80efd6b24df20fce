import { useEffect, useState } from 'preact/hooks'
import type { PageChunk } from '../pages/page-chunks.ts'
import { useLocale } from '../state/buyer-locale.ts'

interface Props<P> {
  chunk: PageChunk<P>
  props: P
}

/**
 * A page loaded when it is opened. The store page, which a poster's QR code
 * opens on a weak network, carries only its own code; tracking and the
 * centre-wide report page come in their own chunks (already loaded when the
 * server rendered the page).
 */
export function LazyPage<P>({ chunk, props }: Props<P>) {
  const { t } = useLocale()
  const [Page, setPage] = useState(() => chunk.loaded())
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!Page) chunk.load().then((p) => setPage(() => p), () => setFailed(true))
  }, [])
  if (failed) return <p role="alert">{t('error.network')}</p>
  return Page ? <Page {...(props as P & object)} /> : <p>{t('loading')}</p>
}
