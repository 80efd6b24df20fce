// Reply templates hold placeholders that the console fills from the case
// before the text lands in the reply box, where staff can still edit it.
// Unknown placeholders stay as written, so a typo shows instead of vanishing.

export const TEMPLATE_PLACEHOLDERS = ['store', 'dueAt', 'category'] as const
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number]

export function fillTemplate(body: string, values: Readonly<Record<TemplatePlaceholder, string>>): string {
  return body.replace(/\{(\w+)\}/g, (whole, name: string) =>
    (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name) ? values[name as TemplatePlaceholder] : whole,
  )
}
