import type { Geometry } from 'geojson'

/**
 * A small printable map as SVG: lon/lat projected into a box of at most `maxWidth` × `maxHeight`
 * around `bbox` (equirectangular, longitude shortened by cos(latitude): true enough at a 地区's
 * size). Fitting both sides keeps a tall 地区 from being shrunk on paper, and with it the numbers.
 */
export interface SvgProjection {
  width: number
  height: number
  point(lon: number, lat: number): [number, number]
}

export function projection(
  bbox: [number, number, number, number],
  maxWidth: number,
  maxHeight: number,
  padding = 16,
): SvgProjection {
  const [w, s, e, n] = bbox
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180)
  const spanX = Math.max((e - w) * k, 1e-9)
  const spanY = Math.max(n - s, 1e-9)
  const scale = Math.min((maxWidth - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY)
  return {
    width: Math.round(spanX * scale + 2 * padding),
    height: Math.round(spanY * scale + 2 * padding),
    point: (lon, lat) => [
      round(padding + (lon - w) * k * scale),
      round(padding + (n - lat) * scale),
    ],
  }
}

/** An SVG path of a (Multi)Polygon's rings; other geometries draw nothing. */
export function svgPath(geometry: Geometry, project: SvgProjection): string {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : []
  return polygons
    .flatMap((rings) =>
      rings.map(
        (ring) =>
          ring
            .map(([lon, lat], i) => `${i ? 'L' : 'M'}${project.point(lon, lat).join(' ')}`)
            .join('') + 'Z',
      ),
    )
    .join('')
}

function round(v: number): number {
  return Math.round(v * 10) / 10
}
