import { describe, expect, it } from 'vitest'
import { en, ja, messageFiles } from './messages'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  )
}

function leaves(messages: object): unknown[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'object' && value !== null ? leaves(value) : [value],
  )
}

/** Source files that may call t('…'); specs are left out, they name keys on purpose. */
const sources = import.meta.glob(['../**/*.{ts,vue}', '!../**/*.spec.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

describe('locale files', () => {
  it('have the same keys in ja and en', () => {
    const jaKeys = keys(ja)
    const enKeys = keys(en)
    expect(
      jaKeys.filter((k) => !enKeys.includes(k)),
      'keys missing in en.json',
    ).toEqual([])
    expect(
      enKeys.filter((k) => !jaKeys.includes(k)),
      'keys missing in ja.json',
    ).toEqual([])
  })

  it('define each top-level key in one file only', () => {
    for (const files of Object.values(messageFiles)) {
      const owners = new Map<string, string>()
      for (const [file, messages] of Object.entries(files)) {
        for (const key of Object.keys(messages)) {
          expect(owners.get(key), `${key} in ${file}`).toBeUndefined()
          owners.set(key, file)
        }
      }
    }
  })

  it('have no empty messages', () => {
    for (const value of [...leaves(ja), ...leaves(en)]) {
      expect(typeof value === 'string' && value.trim().length > 0, JSON.stringify(value)).toBe(true)
    }
  })

  it('hold every key the code asks for', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(3)
    const known = new Set(keys(ja))
    const used = Object.values(sources).flatMap((text) =>
      // t('a.b') in templates and scripts, { key: 'a.b' } where a helper picks the message.
      [...text.matchAll(/(?:\bt\(\s*|\bkey:\s*)'([\w.]+)'/g)].map((m) => m[1]),
    )
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter((key) => !known.has(key))).toEqual([])
  })
})
