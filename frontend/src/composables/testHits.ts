import type { SearchHitWire } from '../api/search'

/** A search hit with sensible defaults, for specs. */
export function hit(overrides: Partial<SearchHitWire>): SearchHitWire {
  return {
    type: 'OFFER',
    offerId: 1,
    placeId: 10,
    title: 'サロンに参加',
    placeName: 'ふれあいサロン祖父江',
    kind: 'SALON',
    offerType: 'PARTICIPATION',
    mode: 'ON_SITE',
    status: 'ACTIVE',
    areaOnly: false,
    location: { lat: 35.25, lon: 136.71 },
    distanceKm: null,
    nextDates: [],
    snippet: '',
    score: 1,
    ...overrides,
  }
}
