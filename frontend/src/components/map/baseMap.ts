/**
 * The base map under Deban's own layers: 地理院タイル (標準地図) unless the build sets
 * `VITE_BASE_TILES_URL` (a `{z}/{x}/{y}` raster URL) and `VITE_BASE_TILES_ATTRIBUTION`.
 */
export const BASE_MAP = {
  tiles:
    import.meta.env.VITE_BASE_TILES_URL ||
    'https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png',
  attribution:
    import.meta.env.VITE_BASE_TILES_ATTRIBUTION ||
    '<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>',
}

/** A MapLibre style of the base map alone on a plain background (the background shows offline). */
export function baseStyle(): import('maplibre-gl').StyleSpecification {
  return {
    version: 8,
    sources: {
      base: {
        type: 'raster',
        tiles: [BASE_MAP.tiles],
        tileSize: 256,
        maxzoom: 18,
        attribution: BASE_MAP.attribution,
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef0ea' } },
      { id: 'base', type: 'raster', source: 'base' },
    ],
  }
}
