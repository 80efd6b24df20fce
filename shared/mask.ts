// Contact data is personal information: lists and exports show it masked.

/** 13812345678 → 138****5678; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`
  return `${'*'.repeat(Math.max(digits.length - 2, 1))}${digits.slice(-2)}`
}

/** 张三丰 → 张**; Alice → A****. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1))
}
