import { api, type ApiClient } from './client'
import type { LocationWire } from './search'

/** Where an address lies, at the level it could be matched (offline, from the 町丁目 table). */
export interface GeocodeWire {
  address: string
  level: 'CHOME' | 'OAZA' | 'MUNICIPALITY' | 'NONE'
  /** The matched 町丁目's or 大字's representative point; null above that level. */
  location: LocationWire | null
  city: string | null
  town: string | null
  matched: string
}

export function geocode(address: string, client: ApiClient = api): Promise<GeocodeWire> {
  return client.get<GeocodeWire>('/geocode', { query: { address } })
}
