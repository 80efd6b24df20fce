import type { ComponentChildren } from 'preact'
import { useRouter } from '../../state/staff-router.tsx'

interface Props {
  href: string
  children: ComponentChildren
  class?: string
  current?: boolean
}

/** A real link (opens in a new tab, can be copied) that navigates in place on a plain click. */
export function Link({ href, children, class: className, current }: Props) {
  const { navigate } = useRouter()
  function onClick(e: MouseEvent) {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    navigate(href)
  }
  return (
    <a href={href} class={className} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  )
}
