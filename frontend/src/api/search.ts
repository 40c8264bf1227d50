import { api, type ApiClient } from './client'

/** `{"lat", "lon"}` as the API sends points. */
export interface LocationWire {
  lat: number
  lon: number
}

/** One offer or place found, as `GET /api/v1/search` returns it. */
export interface SearchHitWire {
  type: 'OFFER' | 'PLACE' | string
  offerId: number | null
  placeId: number
  title: string
  placeName: string
  kind: string
  offerType: string | null
  mode: string | null
  status: 'ACTIVE' | 'PAUSED' | 'ENDED' | string
  /** A sensitive place: `location` is its 地区's representative point, never its own. */
  areaOnly: boolean
  location: LocationWire | null
  /** Null without a search point and always for sensitive places. */
  distanceKm: number | null
  /** e.g. `2026-12-05 10:00-12:00`. */
  nextDates: string[]
  snippet: string
  score: number
}

export interface FacetValueWire {
  value: string
  count: number
}

export interface SearchResponseWire {
  items: SearchHitWire[]
  total: number
  page: number
  size: number
  facets: Record<string, FacetValueWire[]>
}

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN'
export type TimeOfDay = 'MORNING' | 'AFTERNOON' | 'EVENING'

/** The search parameters the resident pages use (the API takes more). */
export interface SearchParams {
  q?: string
  areaId?: number
  /** Near a point, within `radiusKm` (the API's default is 5 km). */
  lat?: number
  lon?: number
  radiusKm?: number
  weekday?: Weekday[]
  timeOfDay?: TimeOfDay
  kind?: string[]
  tag?: string[]
  accessible?: boolean
  /** Offers costing at most this many yen: 0 = 無料. Places themselves have no cost. */
  maxCostYen?: number
  includePaused?: boolean
  sort?: 'RELEVANCE' | 'NEXT_DATE' | 'DISTANCE'
  page?: number
  size?: number
}

export async function search(
  params: SearchParams,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<SearchResponseWire> {
  return client.get<SearchResponseWire>('/search', {
    signal,
    query: {
      q: params.q || undefined,
      areaId: params.areaId,
      lat: params.lat,
      lon: params.lon,
      radiusKm: params.radiusKm,
      // Lists travel comma-separated, which the API accepts for every repeatable parameter.
      weekday: params.weekday?.length ? params.weekday.join(',') : undefined,
      timeOfDay: params.timeOfDay,
      kind: params.kind?.length ? params.kind.join(',') : undefined,
      tag: params.tag?.length ? params.tag.join(',') : undefined,
      accessible: params.accessible || undefined,
      maxCostYen: params.maxCostYen,
      includePaused: params.includePaused || undefined,
      sort: params.sort,
      page: params.page,
      size: params.size,
    },
  })
}
