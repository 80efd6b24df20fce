import { describe, expect, it } from 'vitest'
import { feedbackInputSchema, loginSchema, MESSAGE_MAX, parseWith } from './schemas.ts'

const valid = {
  id: '6e9657e1-bcc7-46ad-8854-4a6afe0fc4ea',
  storeCode: '44010001',
  kind: 'complaint',
  category: 'service_attitude',
  message: '店员态度很差，不理人',
  channel: 'qr',
  createdAt: '2026-11-30T01:59:00.000Z',
}

describe('feedback input schema', () => {
  it('accepts a complete complaint and trims the message', () => {
    const r = parseWith(feedbackInputSchema, { ...valid, message: `  ${valid.message}  `, contact: { name: '张三', phone: '13812345678' } })
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value.message).toBe(valid.message)
  })

  it('accepts a centre-wide report without a store', () => {
    expect(parseWith(feedbackInputSchema, { ...valid, storeCode: null, channel: 'web' }).ok).toBe(true)
    const { storeCode: _omitted, ...rest } = valid
    expect(parseWith(feedbackInputSchema, rest).ok).toBe(true)
  })

  it('names every missing field as required', () => {
    const r = parseWith(feedbackInputSchema, {})
    expect(r).toEqual({
      ok: false,
      fields: { id: 'required', kind: 'required', category: 'required', message: 'required', channel: 'required', createdAt: 'required' },
    })
  })

  it('refuses unknown fields', () => {
    expect(parseWith(feedbackInputSchema, { ...valid, isAdmin: true })).toEqual({ ok: false, fields: { isAdmin: 'not_allowed' } })
    expect(parseWith(feedbackInputSchema, { ...valid, contact: { email: 'x@y.z' } })).toEqual({
      ok: false,
      fields: { 'contact.email': 'not_allowed' },
    })
  })

  it('checks kind, channel, id and timestamp formats', () => {
    const r = parseWith(feedbackInputSchema, { ...valid, kind: 'rant', channel: 'fax', id: 'not-a-uuid', createdAt: 'yesterday' })
    expect(r).toEqual({ ok: false, fields: { kind: 'invalid', channel: 'invalid', id: 'invalid', createdAt: 'invalid' } })
  })

  it('bounds the message length', () => {
    expect(parseWith(feedbackInputSchema, { ...valid, message: '差' })).toEqual({ ok: false, fields: { message: 'too_short' } })
    expect(parseWith(feedbackInputSchema, { ...valid, message: '差'.repeat(MESSAGE_MAX + 1) })).toEqual({
      ok: false,
      fields: { message: 'too_long' },
    })
  })

  it('refuses a malformed phone number', () => {
    expect(parseWith(feedbackInputSchema, { ...valid, contact: { phone: 'call me' } })).toEqual({
      ok: false,
      fields: { 'contact.phone': 'invalid' },
    })
  })

  it('refuses contact data on an anonymous report', () => {
    const r = parseWith(feedbackInputSchema, { ...valid, kind: 'report', anonymous: true, contact: { phone: '13812345678' } })
    expect(r).toEqual({ ok: false, fields: { contact: 'not_allowed' } })
    expect(parseWith(feedbackInputSchema, { ...valid, anonymous: true }).ok).toBe(true)
  })
})

describe('login schema', () => {
  it('needs both fields', () => {
    expect(parseWith(loginSchema, { username: ' ' })).toEqual({ ok: false, fields: { username: 'required', password: 'required' } })
  })
})
