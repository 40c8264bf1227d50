import { api, type ApiClient } from './client'
import type { LocationWire } from './search'

/** Where an address lies, at the level it could be matched (offline, from Deban's own 町丁目 points). */
export interface GeocodeWire {
  address: string
  level: 'CHOME' | 'OAZA' | 'MUNICIPALITY' | 'NONE' | string
  /** The 町丁目's or 大字's representative point; null above that level. */
  location: LocationWire | null
  city: string | null
  town: string | null
  matched: string
  rest: string
  reason: string | null
}

export function geocode(address: string, client: ApiClient = api): Promise<GeocodeWire> {
  return client.get<GeocodeWire>('/geocode', { query: { address } })
}
