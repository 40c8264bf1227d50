import { describe, expect, it } from 'vitest'
import { CLIENT_PROBLEM } from '../api/client'
import { ja } from './messages'
import { fieldErrorMessage, problemMessage } from './problem'

function lookup(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], ja)
}

describe('problem messages', () => {
  it.each([
    ['https://deban.org/problems/validation', 400, 'problem.validation'],
    ['https://deban.org/problems/not-found', 404, 'problem.notFound'],
    ['https://deban.org/problems/http-403', 403, 'problem.forbidden'],
    [CLIENT_PROBLEM.timeout, 0, 'problem.timeout'],
    ['about:blank', 404, 'problem.notFound'],
    ['about:blank', 502, 'problem.generic'],
  ])('%s (%d) is worded by %s, which the ja locale holds', (type, status, key) => {
    const message = problemMessage({ type, title: '', status, errors: [] })
    expect(message.key).toBe(key)
    expect(typeof lookup(key)).toBe('string')
  })

  it('words field errors by their code', () => {
    for (const code of ['REQUIRED', 'OUT_OF_RANGE', 'INVALID_FORMAT', 'SOMETHING_NEW']) {
      const { key } = fieldErrorMessage({ field: 'name', code, message: '' })
      expect(typeof lookup(key), key).toBe('string')
    }
  })
})
