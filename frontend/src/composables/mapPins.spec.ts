import { describe, expect, it } from 'vitest'
import { aroundBbox, clusterBubbles, groupByPoint, type TileFeature } from './mapPins'
import { toPlaceSummaries } from './placeSummaries'
import { hit } from './testHits'

describe('groupByPoint', () => {
  it('gives every place of the list one pin, sharing pins at the same point', () => {
    const places = toPlaceSummaries([
      hit({ placeId: 1, location: { lat: 35.248017, lon: 136.781518 } }),
      hit({ placeId: 2, location: { lat: 35.248017, lon: 136.781518 } }),
      hit({ placeId: 3, location: { lat: 35.26, lon: 136.8 } }),
    ])

    const groups = groupByPoint(places)

    expect(groups.map((g) => g.places.map((p) => p.id))).toEqual([[1, 2], [3]])
    expect(groups.flatMap((g) => g.places.map((p) => p.id))).toEqual(places.map((p) => p.id))
  })
})

describe('clusterBubbles', () => {
  const point = (lon: number, lat: number, count?: number): TileFeature => ({
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: count === undefined ? {} : { count },
  })

  it('draws one bubble per cell with its count, even when a tile repeats a cell', () => {
    const bubbles = clusterBubbles([
      point(136.78, 35.24, 12),
      point(136.78, 35.24, 12),
      point(136.7, 35.3, 1),
      { geometry: { type: 'Polygon' }, properties: { count: 3 } },
    ])

    expect(bubbles).toEqual([
      { lat: 35.24, lon: 136.78, count: 12 },
      { lat: 35.3, lon: 136.7, count: 1 },
    ])
  })
})

describe('aroundBbox', () => {
  it('covers the radius in every direction', () => {
    const [w, s, e, n] = aroundBbox({ lat: 35, lon: 136.8 }, 2)
    expect(n - 35).toBeCloseTo(2 / 111.32, 5)
    expect(35 - s).toBeCloseTo(2 / 111.32, 5)
    // A degree of longitude is shorter than one of latitude away from the equator.
    expect(e - 136.8).toBeGreaterThan(n - 35)
    expect(136.8 - w).toBeCloseTo(e - 136.8, 9)
  })
})
