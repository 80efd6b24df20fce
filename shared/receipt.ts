// Receipt codes: the only handle an anonymous reporter has on their case, so
// they must be unguessable (65 random bits) and survive being read aloud or
// typed on a phone (Crockford base32: no I, L, O, U; case-insensitive).
//
// A receipt is drawn apart from the case's id: staff see the id in the
// console's links, alerts carry it, field events list it, so nothing must
// lead from the id to the receipt. A phone or kiosk draws both and sends
// them together (an offline one shows the buyer its receipt at once); the
// server draws the receipt for a submission sent without one.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECEIPT_LENGTH = 13

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

export function isUuidV4(id: string): boolean {
  return UUID_V4.test(id)
}

/** The code of the first 65 bits of a string of bits. */
function codeFromBits(bits: string): string {
  let code = ''
  for (let i = 0; i < RECEIPT_LENGTH; i++) code += ALPHABET[parseInt(bits.slice(i * 5, i * 5 + 5), 2)]
  return code
}

/**
 * A new receipt code: the first 65 bits of nine random bytes, by default
 * from the platform's random source (getRandomValues, as newFeedbackId).
 */
export function newReceipt(bytes: Uint8Array = crypto.getRandomValues(new Uint8Array(9))): string {
  return codeFromBits(Array.from(bytes, (b) => b.toString(2).padStart(8, '0')).join(''))
}

/** True for a receipt code as the server stores and answers it (upper case, no dashes). */
export function isReceipt(code: string): boolean {
  return normalizeReceipt(code) === code
}

/**
 * The receipt the kit's clients used to derive from the id (the first 65 of
 * a UUID v4's random bits) before receipts were drawn apart from ids. Only
 * for a submission such a client queued on a phone or kiosk and that is sent
 * after the update: its buyer was shown this code (state/outbox.ts).
 */
export function receiptFromId(id: string): string {
  const lower = id.toLowerCase()
  if (!isUuidV4(lower)) throw new TypeError('receiptFromId expects a UUID v4')
  const hex = lower.replaceAll('-', '')
  // Drop the version nibble (index 12) and the variant nibble (index 16):
  // they are fixed, not random.
  const random = hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17)
  let bits = ''
  for (const h of random.slice(0, 17)) bits += parseInt(h, 16).toString(2).padStart(4, '0')
  return codeFromBits(bits)
}

/** Turns what a person typed into the canonical code, or null if it cannot be one. */
export function normalizeReceipt(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (code.length !== RECEIPT_LENGTH) return null
  for (const ch of code) if (!ALPHABET.includes(ch)) return null
  return code
}

/** Groups the code for display: ABCD-EFGH-JKMNP. */
export function formatReceipt(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`
}

// crypto.randomUUID exists only in secure contexts; getRandomValues exists
// everywhere, including a kiosk served over plain http on a shop's LAN.
export function newFeedbackId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
