import { describe, expect, it } from 'vitest'
import { fillTemplate } from './reply-template.ts'

describe('reply templates', () => {
  const values = { store: '越秀区中山五路站', dueAt: '2026-12-08', category: '服务态度' }

  it('fills the store, the deadline and the category', () => {
    expect(fillTemplate('您反映的{store}{category}问题，我们将于{dueAt}前处理。', values)).toBe(
      '您反映的越秀区中山五路站服务态度问题，我们将于2026-12-08前处理。',
    )
  })

  it('leaves an unknown placeholder as written', () => {
    expect(fillTemplate('{receipt} {store}', values)).toBe('{receipt} 越秀区中山五路站')
  })
})
