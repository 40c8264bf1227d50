import { api, type ApiClient } from './client'
import type { AreaRefWire } from './areas'
import type { Page } from './page'
import type { LocationWire } from './search'

export interface AccessibilityWire {
  /** 1 = ground floor; 0 = unknown; negative = basement. */
  floor: number | null
  elevator: boolean | null
  stepFree: boolean | null
  accessibleToilet: boolean | null
  parking: boolean | null
  busStopNearby: boolean | null
  /** 筆談対応. */
  writtenCommunication: boolean | null
}

export interface ContactWire {
  person: string | null
  phone: string | null
  email: string | null
  url: string | null
}

/** A place, as `GET /api/v1/places/{id}` returns it. */
export interface PlaceWire {
  id: number
  organizationId: number
  name: string
  nameKana: string | null
  kind: string
  description: string | null
  /** Null for a sensitive place seen by the public. */
  address: string | null
  location: LocationWire | null
  areaOnly: boolean
  /** Coarse layers first (市区町村, 地区, 町丁目 …). */
  areas: AreaRefWire[]
  accessibility: AccessibilityWire
  tags: string[]
  staffPresence: 'RESIDENT' | 'ROUNDS' | 'NONE' | string
  status: 'ACTIVE' | 'PAUSED' | 'ENDED' | string
  statusNote: string | null
  sensitivity: string
  lastConfirmedOn: string
  stale: boolean
  contact: ContactWire
  updatedAt: string
}

export async function fetchPlace(
  id: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<PlaceWire> {
  return client.get<PlaceWire>(`/places/${encodeURIComponent(id)}`, { signal })
}

export type PlaceStatus = 'ACTIVE' | 'PAUSED' | 'ENDED'

/** What an organisation says about a place when it registers or updates it. */
export interface PlaceRequestWire {
  organizationId: number
  name: string
  nameKana: string | null
  kind: string
  description: string | null
  address: string | null
  location: LocationWire | null
  accessibility: AccessibilityWire
  tags: string[]
  staffPresence: string
  status: PlaceStatus | string
  statusNote: string | null
  sensitivity: 'EXACT' | 'AREA_ONLY' | string
  lastConfirmedOn: string | null
  contact: ContactWire
}

export interface PlaceQuery {
  organizationId?: number
  /** Only places not confirmed for the configured number of days (まだ正しいですか？). */
  stale?: boolean
  status?: PlaceStatus
  page?: number
  size?: number
}

export function fetchPlaces(
  query: PlaceQuery,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<Page<PlaceWire>> {
  return client.get<Page<PlaceWire>>('/places', {
    signal,
    query: { size: 200, ...query },
  })
}

export function createPlace(
  request: PlaceRequestWire,
  client: ApiClient = api,
): Promise<PlaceWire> {
  return client.post<PlaceWire>('/places', request)
}

export function updatePlace(
  id: number,
  request: PlaceRequestWire,
  client: ApiClient = api,
): Promise<PlaceWire> {
  return client.put<PlaceWire>(`/places/${encodeURIComponent(id)}`, request)
}

/** まだ正しいですか？ — confirms the place is still correct; nothing else changes. */
export function confirmPlace(id: number, client: ApiClient = api): Promise<PlaceWire> {
  return client.post<PlaceWire>(`/places/${encodeURIComponent(id)}/confirm`)
}

/** The request that saves a place unchanged: the starting point of an edit. */
export function placeRequestOf(place: PlaceWire): PlaceRequestWire {
  return {
    organizationId: place.organizationId,
    name: place.name,
    nameKana: place.nameKana,
    kind: place.kind,
    description: place.description,
    address: place.address,
    location: place.location,
    accessibility: { ...place.accessibility },
    tags: [...place.tags],
    staffPresence: place.staffPresence,
    status: place.status,
    statusNote: place.statusNote,
    sensitivity: place.sensitivity,
    lastConfirmedOn: place.lastConfirmedOn,
    contact: { ...place.contact },
  }
}

/** The places of an area (any layer), as the public may see them. */
export async function fetchPlacesInArea(
  areaId: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<PlaceWire[]> {
  return (await client.get<Page<PlaceWire>>('/places', { signal, query: { areaId, size: 1000 } }))
    .items
}
