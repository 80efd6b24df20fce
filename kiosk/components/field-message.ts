// What is wrong with one field, in words that say it ("请选择问题类别",
// "手机号应为 11 位"); the generic wording only for what has no message of its own.
import type { FieldError } from '../../shared/api-error.ts'
import { MESSAGE_MAX, MESSAGE_MIN, NAME_MAX } from '../../shared/feedback-limits.ts'
import { buyerCatalogue, type BuyerTranslate } from '../state/buyer-locale.ts'

export function fieldMessage(t: BuyerTranslate, field: string, error: FieldError): string {
  const key = `field_msg.${field}.${error}`
  if (key in buyerCatalogue['zh-CN']) {
    return t(key as keyof (typeof buyerCatalogue)['zh-CN'], { min: MESSAGE_MIN, max: MESSAGE_MAX, name_max: NAME_MAX })
  }
  return t(`field.${error}`)
}
