import { useState } from 'preact/hooks'
import type { PairingCodeCreated } from '../../../shared/api-types.ts'
import { parseWith, storeCodeSchema } from '../../../shared/schemas.ts'
import { ApiFailure } from '../../api/client.ts'
import { createPairingCode } from '../../api/fleet.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { PairingDialog } from './PairingDialog.tsx'

const REFUSALS = {
  store_not_found: 'fleet.error.store_not_found',
  store_inactive: 'fleet.error.store_inactive',
  forbidden: 'fleet.error.forbidden',
} as const

/** Station code in, one-time pairing code out, shown in the pairing dialog. */
export function PairTabletForm() {
  const { t } = useLocale()
  const [storeCode, setStoreCode] = useState('')
  const [created, setCreated] = useState<{ store: string; pairing: PairingCodeCreated; receivedAt: number } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  async function create(code: string) {
    const checked = parseWith(storeCodeSchema, code.trim())
    if (!checked.ok) return setProblem(t('fleet.error.store_not_found'))
    setProblem(null)
    try {
      setCreated({ store: checked.value, pairing: await createPairingCode(checked.value), receivedAt: Date.now() })
    } catch (err) {
      const known = err instanceof ApiFailure && err.code in REFUSALS ? REFUSALS[err.code as keyof typeof REFUSALS] : null
      setProblem(known ? t(known) : t('error.generic'))
    }
  }

  return (
    <>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault()
          void create(storeCode)
        }}
      >
        <label for="pair-store">{t('fleet.pair_store')}</label>
        <input id="pair-store" inputMode="numeric" value={storeCode} onInput={(e) => setStoreCode(e.currentTarget.value)} />
        <button type="submit">{t('fleet.pair')}</button>
        {problem && <small role="alert">{problem}</small>}
      </form>
      {created && (
        <PairingDialog
          key={created.pairing.code}
          storeCode={created.store}
          pairing={created.pairing}
          receivedAt={created.receivedAt}
          onAgain={() => void create(created.store)}
          onClose={() => setCreated(null)}
        />
      )}
    </>
  )
}
