import type { ComponentChildren } from 'preact'
import { Link } from './Link.tsx'

interface Props {
  label: string
  children: ComponentChildren
  /** Where the number's cases are listed, for roles that may see them. */
  href?: string
  tone?: 'alert' | 'warn'
}

/** One headline number of the dashboard. */
export function StatTile({ label, children, href, tone }: Props) {
  return (
    <div class={`tile${tone ? ` ${tone}` : ''}`}>
      <dt>{href ? <Link href={href}>{label}</Link> : label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
