import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { useLocale } from '../state/buyer-locale.ts'

interface Props<P> {
  load(): Promise<ComponentType<P>>
  props: P
}

/**
 * A page loaded when it is opened. The store page, which a poster's QR code
 * opens on a weak network, carries only its own code; tracking and the
 * centre-wide report page come in their own chunks.
 */
export function LazyPage<P>({ load, props }: Props<P>) {
  const { t } = useLocale()
  const [Page, setPage] = useState<ComponentType<P> | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    load().then((p) => setPage(() => p), () => setFailed(true))
  }, [])
  if (failed) return <p role="alert">{t('error.network')}</p>
  return Page ? <Page {...(props as P & object)} /> : <p>{t('loading')}</p>
}
