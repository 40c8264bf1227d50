import { describe, expect, it } from 'vitest'
import { formatDay, numberOrNull, splitWords } from './formValues'

describe('form values', () => {
  it('reads numbers as typed, full-width included, and nothing as null', () => {
    expect(numberOrNull(3)).toBe(3)
    expect(numberOrNull('３')).toBe(3)
    expect(numberOrNull('')).toBeNull()
    expect(numberOrNull('三')).toBeNull()
    expect(numberOrNull(null)).toBeNull()
  })

  it('splits strengths on 、 commas and spaces, once each', () => {
    expect(splitWords('調理、受付,調理 　配膳')).toEqual(['調理', '受付', '配膳'])
    expect(splitWords('  ')).toEqual([])
  })
})

describe('formatDay', () => {
  it('writes a day as people do', () => {
    expect(formatDay('2026-11-25', 'ja')).toBe('2026年11月25日')
    expect(formatDay('2026-11-25', 'en')).toBe('November 25, 2026')
    expect(formatDay('そのうち', 'ja')).toBe('そのうち')
  })
})
