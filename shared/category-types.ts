// A bilingual label and a feedback category as the public pages see them;
// both the public answers (api-types.ts) and the console's (staff-types.ts)
// are built from these.
import type { FeedbackKind } from './enums.ts'

export interface Label {
  zh: string
  en: string
}

export interface PublicCategory {
  id: string
  kind: FeedbackKind
  label: Label
  slaDays: number
}
