import type { FeedbackKind } from '../../../shared/enums.ts'
import { FEEDBACK_KINDS } from '../../../shared/enums.ts'
import { useLocale } from '../../state/staff-locale.ts'

interface Props {
  counts: Partial<Record<FeedbackKind, number>>
}

/** "投诉 3 · 举报 1": the kinds that occur, with their counts. */
export function KindCounts({ counts }: Props) {
  const { t } = useLocale()
  const parts = FEEDBACK_KINDS.filter((k) => counts[k]).map((k) => `${t(`kind.${k}`)} ${counts[k]}`)
  return <>{parts.join(' · ') || '—'}</>
}
