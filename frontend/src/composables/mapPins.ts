import type { PlaceSummary } from './placeSummaries'

export interface PinGroup {
  lat: number
  lon: number
  places: PlaceSummary[]
}

/**
 * Places grouped by the point they are shown at, in list order. Every place with a point gets a
 * pin; one without a point (none in practice: area-only places come with their 地区's point) has
 * none, and the list still shows it.
 */
export function groupByPoint(places: PlaceSummary[]): PinGroup[] {
  const groups = new Map<string, PinGroup>()
  for (const place of places) {
    if (!place.point) continue
    const key = `${place.point.lat.toFixed(6)},${place.point.lon.toFixed(6)}`
    const group = groups.get(key)
    if (group) group.places.push(place)
    else groups.set(key, { lat: place.point.lat, lon: place.point.lon, places: [place] })
  }
  return [...groups.values()]
}

/** `[west, south, east, north]` of a circle of `km` around a point (to fit the map to it). */
export function aroundBbox(
  point: { lat: number; lon: number },
  km: number,
): [number, number, number, number] {
  const dLat = km / 111.32
  const dLon = km / (111.32 * Math.cos((point.lat * Math.PI) / 180))
  return [point.lon - dLon, point.lat - dLat, point.lon + dLon, point.lat + dLat]
}

/** Below this zoom the map shows the tiles' counts; from it, one pin per place of the list. */
export const PIN_MIN_ZOOM = 11

/** A count of places on the zoomed-out map, from a cell of the places tiles. */
export interface ClusterBubble {
  lat: number
  lon: number
  count: number
}

/** What a feature of the `places` tile layer holds, as MapLibre gives it back. */
export interface TileFeature {
  geometry: { type: string; coordinates?: unknown }
  properties: Record<string, unknown> | null
}

/**
 * The bubbles to draw from the tile features in view. A feature may come twice (from a tile and
 * its neighbour's buffer, or while a tile is replaced): one bubble per cell position.
 */
export function clusterBubbles(features: TileFeature[]): ClusterBubble[] {
  const bubbles = new Map<string, ClusterBubble>()
  for (const feature of features) {
    if (feature.geometry.type !== 'Point') continue
    const [lon, lat] = feature.geometry.coordinates as [number, number]
    const count = Number(feature.properties?.count ?? 1)
    if (!Number.isFinite(count) || count < 1) continue
    bubbles.set(`${lat.toFixed(5)},${lon.toFixed(5)}`, { lat, lon, count })
  }
  return [...bubbles.values()]
}
