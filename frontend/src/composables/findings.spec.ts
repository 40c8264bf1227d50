import { describe, expect, it } from 'vitest'
import { findingText } from './findings'

describe('findingText', () => {
  const finding = {
    code: 'AVAILABILITY',
    params: { start: '10:00' },
    text: '時間帯が合わない (10:00–12:00)',
  }
  const t = (key: string) => `[${key}]`

  it('shows the server sentence in Japanese and the code’s wording otherwise', () => {
    expect(findingText(finding, 'ja', t)).toBe('時間帯が合わない (10:00–12:00)')
    expect(findingText(finding, 'en', t)).toBe('[csw.code.AVAILABILITY]')
  })
})
