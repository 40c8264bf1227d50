import { describe, expect, it } from 'vitest'
import { groupByPoint } from './mapPins'
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
