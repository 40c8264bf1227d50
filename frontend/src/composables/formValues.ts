/** Small conversions between what a form holds and what the API takes. */

/** A number field's value: `v-model.number` leaves '' (or the typed text) when it is not a number. */
export function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value !== 'string') return null
  const text = value.normalize('NFKC').trim()
  return text === '' || Number.isNaN(Number(text)) ? null : Number(text)
}

/** Keywords as typed — 調理、受付 / 調理,受付 / 調理 受付 — as a list, each once. */
export function splitWords(text: string): string[] {
  return [
    ...new Set(
      text
        .normalize('NFKC')
        .split(/[、,，;；\s]+/)
        .map((w) => w.trim())
        .filter(Boolean),
    ),
  ]
}

/** A day as people write it: 2026年11月25日 (ja), 25 Nov 2026 (en). */
export function formatDay(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || !m || !d) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d, 12)),
  )
}
