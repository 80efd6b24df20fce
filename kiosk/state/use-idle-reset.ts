import { useEffect } from 'preact/hooks'

const INPUT_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const

/** Calls onIdle once after `ms` without any input, while `active`. */
export function useIdleReset(ms: number, active: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return
    let timer = setTimeout(onIdle, ms)
    const bump = () => {
      clearTimeout(timer)
      timer = setTimeout(onIdle, ms)
    }
    for (const e of INPUT_EVENTS) addEventListener(e, bump, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      for (const e of INPUT_EVENTS) removeEventListener(e, bump, { capture: true })
    }
  }, [ms, active, onIdle])
}
