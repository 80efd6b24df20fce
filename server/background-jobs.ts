// The server's timers. Once a minute the sweeps run: the auto-close of
// resolved cases nobody answered (issue 11). Rounds run one after another,
// never overlapping; an error is logged and the next round tries again.
import { autoCloseResolved } from './cases/auto-close.ts'
import type { AppDeps } from './deps.ts'

const TICK_MS = 60_000

export interface BackgroundJobs {
  /** Waits for the running round to finish; no round starts after. */
  stop(): Promise<void>
}

export function startBackgroundJobs(deps: Pick<AppDeps, 'db' | 'clock' | 'calendar' | 'config'>): BackgroundJobs {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()

  const job = async (name: string, work: () => Promise<unknown>) => {
    try {
      await work()
    } catch (err) {
      console.error(`background job "${name}" failed:`, err)
    }
  }
  const round = async () => {
    await job('auto-close', () => autoCloseResolved(deps))
  }
  const schedule = (delay: number) => {
    if (stopped) return
    timer = setTimeout(() => {
      running = round().finally(() => schedule(TICK_MS))
    }, delay)
  }
  schedule(0)

  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
