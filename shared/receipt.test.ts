import { describe, expect, it } from 'vitest'
import { formatReceipt, isReceipt, isUuidV4, newFeedbackId, newReceipt, normalizeReceipt, RECEIPT_LENGTH, receiptFromId } from './receipt.ts'

describe('receipt codes', () => {
  it('are 13 Crockford base32 characters', () => {
    const code = newReceipt()
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{13}$/)
    expect(isReceipt(code)).toBe(true)
    expect(isReceipt(code.toLowerCase())).toBe(false)
    expect(isReceipt(formatReceipt(code))).toBe(false)
  })

  it('carry 65 random bits: 20,000 draws give 20,000 different codes and every position varies', () => {
    const codes = new Set<string>()
    const seen = Array.from({ length: RECEIPT_LENGTH }, () => new Set<string>())
    for (let i = 0; i < 20_000; i++) {
      const code = newReceipt()
      codes.add(code)
      ;[...code].forEach((ch, p) => seen[p]!.add(ch))
    }
    expect(codes.size).toBe(20_000)
    for (const s of seen) expect(s.size).toBeGreaterThan(16)
  })

  it('read back what a person types: dashes, spaces, lower case, O for 0 and I or L for 1', () => {
    const code = newReceipt()
    expect(normalizeReceipt(formatReceipt(code).toLowerCase())).toBe(code)
    expect(normalizeReceipt(' 0000 0000 00001 '.replace(/0/g, 'o').replace(/1/, 'l'))).toBe('0000000000001')
    expect(normalizeReceipt('ABC')).toBeNull()
    expect(normalizeReceipt('UUUUUUUUUUUUU')).toBeNull()
  })

  it('come from client ids that are valid v4 UUIDs', () => {
    for (let i = 0; i < 100; i++) expect(isUuidV4(newFeedbackId())).toBe(true)
    expect(isUuidV4('6e9657e1-bcc7-16ad-8854-4a6afe0fc4ea')).toBe(false)
  })
})

describe('receipts the kit derived from ids, for submissions queued before the change', () => {
  it('are the same every time, whatever the case of the id', () => {
    const id = newFeedbackId()
    expect(receiptFromId(id)).toMatch(/^[0-9A-HJKMNP-TV-Z]{13}$/)
    expect(receiptFromId(id.toUpperCase())).toBe(receiptFromId(id))
  })

  it('ignore the fixed version and variant nibbles of the UUID', () => {
    expect(receiptFromId('00000000-0000-4000-8000-000000000000')).toBe('0000000000000')
    expect(receiptFromId('ffffffff-ffff-4fff-bfff-ffffffffffff')).toBe('ZZZZZZZZZZZZZ')
    expect(() => receiptFromId('nope')).toThrow(TypeError)
  })
})
