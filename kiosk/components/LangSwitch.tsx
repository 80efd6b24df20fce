import type { Locale } from '../../shared/i18n/translate.ts'

interface Props {
  /** The other language's name, written in that language. */
  label: string
  onToggle(): void
  /**
   * A server-rendered page: the switch is a link to the page itself in the
   * other language (`?lang=`), so it works without scripts; with them it
   * switches in place.
   */
  link?: { href: string; lang: Locale }
}

export function LangSwitch({ label, onToggle, link }: Props) {
  if (link) {
    const toggle = (e: MouseEvent) => {
      e.preventDefault()
      onToggle()
    }
    return (
      <a class="button lang" href={link.href} hreflang={link.lang} lang={link.lang} onClick={toggle}>
        {label}
      </a>
    )
  }
  return (
    <button type="button" class="lang" onClick={onToggle}>
      {label}
    </button>
  )
}
