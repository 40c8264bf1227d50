import * as maplibregl from 'maplibre-gl'
import { PIN_MIN_ZOOM, clusterBubbles, type TileFeature } from '../../composables/mapPins'

const SOURCE = 'place-tiles'

/**
 * Counts of places when the map is zoomed out, from the server's places tiles (aggregated on a
 * grid up to zoom 12, sensitive places counted at their 地区's point). Each count is a button:
 * click or Enter zooms in towards it, down to where the list's own pins show.
 */
export function addTileClusters(map: maplibregl.Map, label: (n: number) => string) {
  map.addSource(SOURCE, {
    type: 'vector',
    tiles: [`${window.location.origin}/api/v1/tiles/places/{z}/{x}/{y}.mvt`],
    maxzoom: 12,
  })
  // Invisible: it only makes MapLibre load the tiles; the counts are drawn as HTML buttons,
  // which keyboards and screen readers reach (and which need no glyph server).
  map.addLayer({
    id: 'place-tiles-load',
    type: 'circle',
    source: SOURCE,
    'source-layer': 'places',
    maxzoom: PIN_MIN_ZOOM,
    paint: { 'circle-opacity': 0, 'circle-radius': 1 },
  })
  let markers: maplibregl.Marker[] = []
  let drawn = ''

  function clear() {
    markers.forEach((m) => m.remove())
    markers = []
    drawn = ''
  }

  function draw() {
    const features = map.querySourceFeatures(SOURCE, { sourceLayer: 'places' })
    const bubbles = clusterBubbles(features as unknown as TileFeature[])
    // The map settles often; redrawing the same buttons would take the keyboard focus away.
    const key = JSON.stringify(bubbles)
    if (key === drawn) return
    clear()
    drawn = key
    markers = bubbles.map((bubble) => {
      const button = document.createElement('button')
      button.type = 'button'
      button.className = 'map-cluster'
      button.dataset.count = String(bubble.count)
      button.textContent = String(bubble.count)
      button.setAttribute('aria-label', label(bubble.count))
      button.addEventListener('click', (event) => {
        event.stopPropagation()
        map.easeTo({
          center: [bubble.lon, bubble.lat],
          zoom: Math.max(map.getZoom() + 2, PIN_MIN_ZOOM + 0.5),
        })
      })
      return new maplibregl.Marker({ element: button })
        .setLngLat([bubble.lon, bubble.lat])
        .addTo(map)
    })
  }

  return { draw, clear }
}
