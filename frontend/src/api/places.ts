import { api, type ApiClient } from './client'
import type { Page } from './page'
import type { AreaRefWire } from './areas'
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

/** The places of an area (any layer), as the public may see them. */
export async function fetchPlacesInArea(
  areaId: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<PlaceWire[]> {
  return (await client.get<Page<PlaceWire>>('/places', { signal, query: { areaId, size: 1000 } }))
    .items
}
