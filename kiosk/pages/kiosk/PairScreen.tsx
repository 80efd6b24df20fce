import { useEffect, useState } from 'preact/hooks'
import { normalizePairingCode } from '../../../shared/pairing-code.ts'
import { ApiFailure } from '../../api/client.ts'
import { pairKiosk } from '../../api/kiosk.ts'
import type { PairedDevice } from '../../state/device.ts'
import { useLocale } from '../../state/kiosk-locale.ts'

interface Props {
  onPaired(device: PairedDevice): void
}

/**
 * The console's pairing QR code opens /kiosk?pair=<code>. The code is taken
 * out of the address at once: it works only once, and a reload or an
 * installed app's start URL must not try it again.
 */
function codeFromAddress(): string {
  const url = new URL(location.href)
  const code = url.searchParams.get('pair') ?? ''
  if (code) {
    url.searchParams.delete('pair')
    history.replaceState(null, '', url)
  }
  return code
}

export function PairScreen({ onPaired }: Props) {
  const { t } = useLocale()
  const [code, setCode] = useState(codeFromAddress)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Arrived from the QR code: pair straight away, as if the code had been typed.
  useEffect(() => {
    if (code) void pair(code)
  }, [])

  async function submit(e: Event) {
    e.preventDefault()
    await pair(code)
  }

  async function pair(typed: string) {
    const normal = normalizePairingCode(typed)
    if (!normal) return setProblem(t('kiosk.pair.invalid'))
    setBusy(true)
    setProblem(null)
    try {
      onPaired({ ...(await pairKiosk(normal)), revoked: false })
    } catch (err) {
      const status = err instanceof ApiFailure ? err.status : 0
      const problems = { 0: 'error.network', 400: 'kiosk.pair.invalid', 410: 'kiosk.pair.expired', 429: 'kiosk.pair.rate_limited' } as const
      setProblem(t(problems[status as keyof typeof problems] ?? 'error.generic'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="pair">
      <h1>{t('kiosk.pair.title')}</h1>
      <p>{t('kiosk.pair.hint')}</p>
      <form onSubmit={submit} noValidate>
        <label for="pair-code">{t('kiosk.pair.code')}</label>
        <input
          id="pair-code"
          value={code}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'pair-error' : undefined}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        {problem && (
          <p class="field-error" id="pair-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {t('kiosk.pair.submit')}
        </button>
      </form>
    </section>
  )
}
