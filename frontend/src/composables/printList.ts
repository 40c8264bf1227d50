import type { OfferWire } from '../api/offers'
import type { PlaceWire } from '../api/places'
import type { PlaceSummary } from './placeSummaries'

/** One numbered entry of the printed list: what a resident needs on paper to go there. */
export interface PrintEntry {
  number: number
  id: number
  name: string
  kind: string
  paused: boolean
  areaOnly: boolean
  /** Null for a sensitive place (only its 地区 is said) or an unknown address. */
  address: string | null
  phone: string | null
  /** Where its number is drawn on the small map; null for sensitive places (not drawn). */
  point: { lat: number; lon: number } | null
  offers: { title: string; when: string; costYen: number }[]
}

/**
 * The printed list: the search's places in the search's order, numbered, with the address and
 * phone of their place record and, for each offer the search found, its schedule in words. A
 * sensitive place keeps its rules on paper too: no address, no point on the map.
 */
export function printEntries(
  places: PlaceSummary[],
  details: PlaceWire[],
  offers: OfferWire[],
): PrintEntry[] {
  const placeById = new Map(details.map((p) => [p.id, p]))
  const offerById = new Map(offers.map((o) => [o.id, o]))
  return places.map((place, i) => {
    const detail = placeById.get(place.id)
    return {
      number: i + 1,
      id: place.id,
      name: place.name,
      kind: place.kind,
      paused: place.paused,
      areaOnly: place.areaOnly,
      address: place.areaOnly ? null : (detail?.address ?? null),
      phone: detail?.contact.phone ?? null,
      point: place.areaOnly ? null : place.point,
      offers: place.offers.flatMap((summary) => {
        const offer = offerById.get(summary.id)
        return offer
          ? [{ title: offer.title, when: offer.scheduleText, costYen: offer.costYen }]
          : [{ title: summary.title, when: '', costYen: 0 }]
      }),
    }
  })
}
