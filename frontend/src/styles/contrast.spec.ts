import { describe, expect, it } from 'vitest'
import css from './base.css?raw'

const colours = Object.fromEntries(
  [...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1], m[2]]),
)

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

// WCAG 2.2 AA: 4.5:1 for text, 3:1 for focus indicators against what surrounds them.
const pairs: [foreground: string, background: string, minimum: number][] = [
  ['text', 'surface', 4.5],
  ['text', 'surface-muted', 4.5],
  ['text', 'error-surface', 4.5],
  ['text-muted', 'surface', 4.5],
  ['text-muted', 'surface-muted', 4.5],
  ['brand', 'surface', 4.5],
  ['on-brand', 'brand', 4.5],
  ['link', 'surface', 4.5],
  ['link', 'surface-muted', 4.5],
  ['link-visited', 'surface', 4.5],
  ['link-visited', 'surface-muted', 4.5],
  ['on-brand', 'paused', 4.5],
  ['focus', 'surface', 3],
  ['focus', 'surface-muted', 3],
  ['focus-on-brand', 'brand', 3],
]

describe('palette', () => {
  it.each(pairs)('%s on %s reaches %d:1', (fg, bg, minimum) => {
    expect(colours[fg], fg).toBeDefined()
    expect(colours[bg], bg).toBeDefined()
    expect(contrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(minimum)
  })
})
