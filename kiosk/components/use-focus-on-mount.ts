import { useEffect, useRef } from 'preact/hooks'

/**
 * Moves focus (and so the view) to an element when it appears: a receipt
 * replaces a long form, and both a screen reader and a thumb that was at the
 * bottom of that form must land on it.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => ref.current?.focus(), [])
  return ref
}
