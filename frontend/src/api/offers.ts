import { api, DEFAULT_BASE_URL, type ApiClient } from './client'
import type { Page } from './page'
import type { ScheduleWire } from './schedules'

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

export type OfferType = 'PARTICIPATION' | 'VOLUNTEER_ROLE' | 'WORK_EXPERIENCE' | 'VENUE'
export type PhysicalLoad = 'LIGHT' | 'MODERATE' | 'HEAVY'

/** A venue offer's facts (会場提供 only). */
export interface VenueWire {
  capacity: number | null
  kitchen: boolean
  feeYen: number | null
  feeNote: string | null
  equipment: string | null
}

/** Everything a host says about an offer, as `POST`/`PUT /api/v1/offers` take it. */
export interface OfferRequestWire {
  placeId: number
  title: string
  description: string | null
  type: OfferType | string
  mode: 'ON_SITE' | 'REMOTE' | string
  roleLevels: number[]
  strengthsWanted: string | null
  strengthTags: string[]
  tags: string[]
  capacity: number | null
  openSlots: number | null
  physicalLoad: PhysicalLoad | string | null
  trialPossible: boolean
  minAge: number | null
  maxAge: number | null
  targetGroups: string[]
  residentsOnly: boolean
  costYen: number | null
  costNote: string | null
  paid: boolean
  typicalHeadcount: number | null
  venue: VenueWire | null
  schedule: ScheduleWire
}

/** An offer with everything its host may edit, as `GET /api/v1/offers/{id}` returns it. */
export type OfferDetailWire = OfferWire &
  Omit<OfferRequestWire, 'description' | 'costYen'> & { openingHours: string | null }

export function fetchOffer(
  id: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<OfferDetailWire> {
  return client.get<OfferDetailWire>(`/offers/${encodeURIComponent(id)}`, { signal })
}

export async function fetchOffersOfOrganization(
  organizationId: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<OfferDetailWire[]> {
  const page = await client.get<Page<OfferDetailWire>>('/offers', {
    signal,
    query: { organizationId, size: 500 },
  })
  return page.items
}

export function createOffer(
  request: OfferRequestWire,
  client: ApiClient = api,
): Promise<OfferDetailWire> {
  return client.post<OfferDetailWire>('/offers', request)
}

export function updateOffer(
  id: number,
  request: OfferRequestWire,
  client: ApiClient = api,
): Promise<OfferDetailWire> {
  return client.put<OfferDetailWire>(`/offers/${encodeURIComponent(id)}`, request)
}

/** The request that saves an offer unchanged: the starting point of an edit. */
export function offerRequestOf(offer: OfferDetailWire): OfferRequestWire {
  return {
    placeId: offer.placeId,
    title: offer.title,
    description: offer.description,
    type: offer.type,
    mode: offer.mode,
    roleLevels: [...offer.roleLevels],
    strengthsWanted: offer.strengthsWanted,
    strengthTags: [...offer.strengthTags],
    tags: [...offer.tags],
    capacity: offer.capacity,
    openSlots: offer.openSlots,
    physicalLoad: offer.physicalLoad,
    trialPossible: offer.trialPossible,
    minAge: offer.minAge,
    maxAge: offer.maxAge,
    targetGroups: [...offer.targetGroups],
    residentsOnly: offer.residentsOnly,
    costYen: offer.costYen,
    costNote: offer.costNote,
    paid: offer.paid,
    typicalHeadcount: offer.typicalHeadcount,
    venue: offer.venue,
    schedule: offer.schedule,
  }
}
