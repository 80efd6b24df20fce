import { useEffect, useState } from 'preact/hooks'

const INPUT_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const
/** How long before the reset the tablet asks "还在吗？" (issue 12). */
const WARN_MS = 10_000

/**
 * Calls onIdle once after `ms` without any input, while `active`. For the
 * last 10 seconds (or half of a shorter wait) it counts down: the seconds
 * left, or null while nobody needs warning. Any touch starts over.
 */
export function useIdleReset(ms: number, active: boolean, onIdle: () => void): number | null {
  const [left, setLeft] = useState<number | null>(null)
  useEffect(() => {
    if (!active) return
    const warnMs = Math.min(WARN_MS, ms / 2)
    let deadline = Date.now() + ms
    const tick = () => {
      const remaining = deadline - Date.now()
      if (remaining <= 0) {
        clearInterval(timer)
        setLeft(null)
        onIdle()
      } else setLeft(remaining <= warnMs ? Math.ceil(remaining / 1000) : null)
    }
    const timer = setInterval(tick, 250)
    const bump = () => {
      deadline = Date.now() + ms
      setLeft(null)
    }
    for (const e of INPUT_EVENTS) addEventListener(e, bump, { capture: true, passive: true })
    return () => {
      clearInterval(timer)
      setLeft(null)
      for (const e of INPUT_EVENTS) removeEventListener(e, bump, { capture: true })
    }
  }, [ms, active, onIdle])
  return left
}
