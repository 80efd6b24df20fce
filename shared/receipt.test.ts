import { describe, expect, it } from 'vitest'
import { formatReceipt, isUuidV4, newFeedbackId, normalizeReceipt, RECEIPT_LENGTH, receiptFromId } from './receipt.ts'

describe('receipt codes', () => {
  it('are 13 Crockford base32 characters derived from the id, the same every time', () => {
    const id = newFeedbackId()
    const code = receiptFromId(id)
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{13}$/)
    expect(receiptFromId(id)).toBe(code)
    expect(receiptFromId(id.toUpperCase())).toBe(code)
  })

  it('carry 65 random bits: 20,000 ids give 20,000 different codes and every position varies', () => {
    const codes = new Set<string>()
    const seen = Array.from({ length: RECEIPT_LENGTH }, () => new Set<string>())
    for (let i = 0; i < 20_000; i++) {
      const code = receiptFromId(newFeedbackId())
      codes.add(code)
      ;[...code].forEach((ch, p) => seen[p]!.add(ch))
    }
    expect(codes.size).toBe(20_000)
    for (const s of seen) expect(s.size).toBeGreaterThan(16)
  })

  it('ignore the fixed version and variant nibbles of the UUID', () => {
    expect(receiptFromId('00000000-0000-4000-8000-000000000000')).toBe('0000000000000')
    expect(receiptFromId('ffffffff-ffff-4fff-bfff-ffffffffffff')).toBe('ZZZZZZZZZZZZZ')
  })

  it('read back what a person types: dashes, spaces, lower case, O for 0 and I or L for 1', () => {
    const code = receiptFromId(newFeedbackId())
    expect(normalizeReceipt(formatReceipt(code).toLowerCase())).toBe(code)
    expect(normalizeReceipt(' 0000 0000 00001 '.replace(/0/g, 'o').replace(/1/, 'l'))).toBe('0000000000001')
    expect(normalizeReceipt('ABC')).toBeNull()
    expect(normalizeReceipt('UUUUUUUUUUUUU')).toBeNull()
  })

  it('come from client ids that are valid v4 UUIDs', () => {
    for (let i = 0; i < 100; i++) expect(isUuidV4(newFeedbackId())).toBe(true)
    expect(isUuidV4('6e9657e1-bcc7-16ad-8854-4a6afe0fc4ea')).toBe(false)
    expect(() => receiptFromId('nope')).toThrow(TypeError)
  })
})
