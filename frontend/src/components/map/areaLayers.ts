import type { FeatureCollection } from 'geojson'
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'

/**
 * Deban's own boundaries on the map: `areas` (the city's 地区) and `detail` (the chosen 地区's
 * 町丁目, thinner and dashed). The chosen area, of either, is filled and drawn bold.
 */
export type AreaSourceId = 'areas' | 'detail'

const STYLE: Record<AreaSourceId, { width: number; dash?: number[] }> = {
  areas: { width: 1.5 },
  detail: { width: 1, dash: [2, 2] },
}

function selected(id: number | null): ExpressionSpecification {
  return ['==', ['get', 'id'], id ?? -1]
}

/** Adds, replaces or (with null) empties one set of boundaries. */
export function showAreas(
  map: MapLibreMap,
  source: AreaSourceId,
  data: FeatureCollection | null,
  selectedId: number | null,
) {
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] }
  const existing = map.getSource(source) as GeoJSONSource | undefined
  if (existing) return void existing.setData(data ?? empty)
  map.addSource(source, { type: 'geojson', data: data ?? empty })
  map.addLayer({
    id: `${source}-fill`,
    type: 'fill',
    source,
    paint: {
      'fill-color': '#2f8a7b',
      'fill-opacity': ['case', selected(selectedId), 0.15, 0.03],
    },
  })
  map.addLayer({
    id: `${source}-line`,
    type: 'line',
    source,
    paint: {
      'line-color': '#0e4f47',
      'line-width': ['case', selected(selectedId), 3, STYLE[source].width],
      ...(STYLE[source].dash ? { 'line-dasharray': STYLE[source].dash } : {}),
    },
  })
}

export function highlightArea(map: MapLibreMap, selectedId: number | null) {
  for (const source of Object.keys(STYLE) as AreaSourceId[]) {
    if (!map.getLayer(`${source}-fill`)) continue
    map.setPaintProperty(`${source}-fill`, 'fill-opacity', [
      'case',
      selected(selectedId),
      0.15,
      0.03,
    ])
    map.setPaintProperty(`${source}-line`, 'line-width', [
      'case',
      selected(selectedId),
      3,
      STYLE[source].width,
    ])
  }
}
