import { useState } from 'preact/hooks'
import * as v from 'valibot'
import type { PairingCodeCreated } from '../../../shared/api-types.ts'
import { storeCodeSchema } from '../../../shared/schemas.ts'
import { createPairingCode } from '../../api/fleet.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import { useAction, validated } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { PairingDialog } from './PairingDialog.tsx'

const PAIR_INPUT = v.object({ storeCode: storeCodeSchema })

/** Station code in, one-time pairing code out, shown in the pairing dialog. */
export function PairTabletForm() {
  const { t } = useLocale()
  const [storeCode, setStoreCode] = useState('')
  const [created, setCreated] = useState<{ store: string; pairing: PairingCodeCreated; receivedAt: number } | null>(null)
  const action = useAction(() => undefined)

  const create = (code: string) =>
    void action.run(async () => {
      const { storeCode: store } = validated(PAIR_INPUT, { storeCode: code.trim() })
      setCreated({ store, pairing: await createPairingCode(store), receivedAt: Date.now() })
    })

  return (
    <>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault()
          create(storeCode)
        }}
      >
        <label for="pair-store">{t('fleet.pair_store')}</label>
        <input id="pair-store" inputMode="numeric" value={storeCode} onInput={(e) => setStoreCode(e.currentTarget.value)} />
        <button type="submit" disabled={action.busy}>
          {t('fleet.pair')}
        </button>
      </form>
      <ApiProblem error={action.error} codes={{ store_inactive: 'fleet.error.store_inactive', forbidden: 'fleet.error.forbidden' }} />
      {created && (
        <PairingDialog
          key={created.pairing.code}
          storeCode={created.store}
          pairing={created.pairing}
          receivedAt={created.receivedAt}
          onAgain={() => create(created.store)}
          onClose={() => setCreated(null)}
        />
      )}
    </>
  )
}
