// One-time pairing codes, typed by store staff on the tablet: 8 Crockford
// base32 characters (40 bits), shown as ABCD-EFGH. They live 15 minutes and
// work once, so guessing one in time is hopeless.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const PAIRING_CODE_LENGTH = 8
export const PAIRING_CODE_TTL_MS = 15 * 60_000

export function newPairingCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(PAIRING_CODE_LENGTH))
  return Array.from(bytes, (b) => ALPHABET[b & 31]).join('')
}

/** What a person typed → the canonical code, or null if it cannot be one. */
export function normalizePairingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (code.length !== PAIRING_CODE_LENGTH) return null
  for (const ch of code) if (!ALPHABET.includes(ch)) return null
  return code
}

export const formatPairingCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`
