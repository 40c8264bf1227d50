import { api, DEFAULT_BASE_URL, type ApiClient } from './client'
import type { Page } from './page'

export interface OccurrenceWire {
  date: string
  /** HH:mm. */
  start: string
  end: string
  kind: 'REGULAR' | 'EVENT' | string
  title: string | null
  expectedHeadcount: number | null
  crowded: boolean
  cancelled: boolean
  cancellationReason: string | null
}

/** An offer, as `GET /api/v1/offers` lists it (the fields the resident pages read). */
export interface OfferWire {
  id: number
  placeId: number
  placeName: string
  placeStatus: string
  title: string
  description: string | null
  type: 'PARTICIPATION' | 'VOLUNTEER_ROLE' | 'WORK_EXPERIENCE' | 'VENUE' | string
  mode: 'ON_SITE' | 'REMOTE' | string
  tags: string[]
  capacity: number | null
  trialPossible: boolean
  minAge: number | null
  maxAge: number | null
  costYen: number
  costNote: string | null
  paid: boolean
  /** The rule in words, e.g. 毎月第2・第4水曜 10:00〜12:00（祝日は休み）. */
  scheduleText: string
  nextOccurrences: OccurrenceWire[]
  updatedAt: string
}

export async function fetchOffersOfPlace(
  placeId: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<OfferWire[]> {
  const page = await client.get<Page<OfferWire>>('/offers', {
    signal,
    query: { placeId, size: 100 },
  })
  return page.items
}

/** The offers of the places of an area (any layer). */
export async function fetchOffersInArea(
  areaId: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<OfferWire[]> {
  return (await client.get<Page<OfferWire>>('/offers', { signal, query: { areaId, size: 1000 } }))
    .items
}

/** The offer's dates as iCalendar, for a phone's calendar. */
export function offerIcsUrl(offerId: number, baseUrl = DEFAULT_BASE_URL): string {
  return `${baseUrl}/offers/${offerId}.ics`
}
