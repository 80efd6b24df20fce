interface Props {
  /** The other language's name, written in that language. */
  label: string
  onToggle(): void
}

export function LangSwitch({ label, onToggle }: Props) {
  return (
    <button type="button" class="lang" onClick={onToggle}>
      {label}
    </button>
  )
}
