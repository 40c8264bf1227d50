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
