import type { SearchHitWire } from '../api/search'

/** One occurrence as the list shows it. */
export interface NextDate {
  /** yyyy-MM-dd. */
  date: string
  /** HH:mm. */
  start: string
  end: string
}

export interface OfferSummary {
  id: number
  title: string
  nextDates: NextDate[]
}

/**
 * One place as the map and the list show it: several hits (the place and its offers) become one
 * place, so both views count the same places.
 */
export interface PlaceSummary {
  id: number
  name: string
  kind: string
  paused: boolean
  /** A sensitive place: `point` is its 地区's representative point; no distance is ever shown. */
  areaOnly: boolean
  point: { lat: number; lon: number } | null
  /** Straight-line km from the resident's position (near-me searches); never for area-only places. */
  distanceKm: number | null
  offers: OfferSummary[]
  /** The earliest of its offers' next dates. */
  nextDate: NextDate | null
  snippet: string
}

const NEXT_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})-(\d{2}:\d{2})$/

/** `2026-12-05 09:00-11:00` → its parts; null for anything else. */
export function parseNextDate(text: string): NextDate | null {
  const m = NEXT_DATE.exec(text)
  return m ? { date: m[1], start: m[2], end: m[3] } : null
}

function earlier(a: NextDate | null, b: NextDate | null): NextDate | null {
  if (!a) return b
  if (!b) return a
  return `${b.date} ${b.start}` < `${a.date} ${a.start}` ? b : a
}

/** Groups search hits by place, keeping the search's order of first appearance. */
export function toPlaceSummaries(hits: SearchHitWire[]): PlaceSummary[] {
  const byId = new Map<number, PlaceSummary>()
  for (const hit of hits) {
    let place = byId.get(hit.placeId)
    if (!place) {
      place = {
        id: hit.placeId,
        name: hit.placeName,
        kind: hit.kind,
        paused: hit.status === 'PAUSED',
        areaOnly: hit.areaOnly,
        point: hit.location ? { lat: hit.location.lat, lon: hit.location.lon } : null,
        distanceKm: hit.areaOnly ? null : hit.distanceKm,
        offers: [],
        nextDate: null,
        snippet: '',
      }
      byId.set(hit.placeId, place)
    }
    if (hit.type === 'PLACE' || !place.snippet) place.snippet = hit.snippet
    if (hit.offerId !== null && hit.type === 'OFFER') {
      const nextDates = hit.nextDates.map(parseNextDate).filter((d): d is NextDate => d !== null)
      place.offers.push({ id: hit.offerId, title: hit.title, nextDates })
      place.nextDate = nextDates.reduce(earlier, place.nextDate)
    }
  }
  return [...byId.values()]
}

/** `12月5日(土) 9:00〜11:00` in Japanese, `Sat, Dec 5, 9:00–11:00` in English. */
export function formatNextDate(next: NextDate, locale: string): string {
  const [y, m, d] = next.date.split('-').map(Number)
  // Noon UTC keeps the calendar day in every time zone the browser may be in.
  const day = new Intl.DateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d, 12)))
  const time = (t: string) => t.replace(/^0(\d)/, '$1')
  const dash = locale.startsWith('ja') ? '〜' : '–'
  return `${day} ${time(next.start)}${dash}${time(next.end)}`
}
