import type { FindingWire } from '../api/matches'

type Translate = (key: string, params?: Record<string, unknown>) => string

/**
 * A reason or constraint in the UI's language: the server's Japanese sentence names the offer's
 * own times, limits and tags ("時間帯が合わない (10:00–12:00)"), so Japanese shows it as it is;
 * other languages word the code.
 */
export function findingText(finding: FindingWire, locale: string, t: Translate): string {
  return locale === 'ja' ? finding.text : t(`csw.code.${finding.code}`)
}
