import type { FeatureCollection } from 'geojson'
import { api, type ApiClient } from './client'
import type { Page } from './page'
import type { LocationWire } from './search'

export type AreaLayerKind =
  'MUNICIPALITY' | 'SPHERE' | 'DISTRICT' | 'SCHOOL_DISTRICT' | 'CHOME' | 'OTHER'

/** A layer of areas, as `GET /api/v1/areas/layers` lists it. */
export interface AreaLayerWire {
  code: string
  name: string
  kind: AreaLayerKind
  approximate: boolean
  source: string | null
  areas: number
  updatedAt: string
}

/** An area, as `GET /api/v1/areas` lists it (boundaries come as GeoJSON or tiles). */
export interface AreaWire {
  id: number
  layer: string
  layerName: string
  kind: AreaLayerKind
  code: string
  name: string
  cityCode: string | null
  approximate: boolean
  representativePoint: LocationWire
  /** `[west, south, east, north]`. */
  bbox: [number, number, number, number]
}

/** An area a place lies in, as a place shows it. */
export interface AreaRefWire {
  id: number
  layer: string
  kind: AreaLayerKind
  code: string
  name: string
  approximate: boolean
}

export interface AreaFilter {
  layer?: string
  cityCode?: string
  /** An area's id: the areas whose representative point lies in it (the 町丁目 of a 地区). */
  within?: number
}

export async function fetchAreaLayers(
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<AreaLayerWire[]> {
  return (await client.get<Page<AreaLayerWire>>('/areas/layers', { signal, query: { size: 1000 } }))
    .items
}

export async function fetchAreas(
  filter: AreaFilter,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<AreaWire[]> {
  const page = await client.get<Page<AreaWire>>('/areas', {
    signal,
    query: { ...filter, size: 1000 },
  })
  return page.items
}

/** The boundaries of a selection as a GeoJSON FeatureCollection (small extracts: a city's 地区). */
export async function fetchAreasGeoJson(
  filter: AreaFilter,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<FeatureCollection> {
  // The endpoint answers only to its own media type.
  return client.get<FeatureCollection>('/areas.geojson', {
    signal,
    query: { ...filter },
    accept: 'application/geo+json',
  })
}

/** How each feature of an area file reads its code and name: a preset or the property names. */
export interface AreaImportOptions {
  name: string
  kind: AreaLayerKind
  preset?: 'N03' | 'A27' | 'A32'
  codeProperty?: string
  /** Several allowed, comma-separated (joined in order). */
  nameProperty?: string
  cityProperty?: string
}

export interface FeatureNoteWire {
  index: number
  code: string | null
  reason: string
}

/** What an import did, feature by feature. */
export interface ImportReportWire {
  layer: string
  /** False when no feature could be used: the layer was left as it was. */
  replaced: boolean
  features: number
  areas: number
  repaired: FeatureNoteWire[]
  rejected: FeatureNoteWire[]
  warnings: FeatureNoteWire[]
  placesMoved: number
}

/** Replaces layer `code` with the features of a GeoJSON file (sent as it is). */
export function importAreaLayer(
  code: string,
  options: AreaImportOptions,
  geojson: string,
  client: ApiClient = api,
): Promise<ImportReportWire> {
  return client.request<ImportReportWire>(`/area-layers/${encodeURIComponent(code)}/import`, {
    method: 'POST',
    rawBody: geojson,
    contentType: 'application/geo+json',
    query: { ...options },
    timeoutMs: 120_000,
  })
}
