import { describe, expect, it } from 'vitest'
import type { OfferWire } from '../api/offers'
import type { PlaceWire } from '../api/places'
import { printEntries } from './printList'
import { toPlaceSummaries } from './placeSummaries'
import { projection, svgPath } from './svgMap'
import { hit } from './testHits'

const place = (id: number, address: string | null, phone: string | null) =>
  ({ id, address, contact: { phone } }) as unknown as PlaceWire
const offer = (id: number, scheduleText: string, costYen = 0) =>
  ({ id, title: `offer ${id}`, scheduleText, costYen }) as unknown as OfferWire

describe('printEntries', () => {
  it('numbers the search places in order with address, phone and when in words', () => {
    const places = toPlaceSummaries([
      hit({ placeId: 1, offerId: 11 }),
      hit({ placeId: 2, offerId: 21, areaOnly: true }),
    ])

    const entries = printEntries(
      places,
      [place(1, '稲沢市祖父江町1-1', '0587-00-0000'), place(2, null, '0587-11-1111')],
      [offer(11, '毎週土曜 10:00〜12:00', 300), offer(21, '毎月第1水曜 13:00〜15:00')],
    )

    expect(entries.map((e) => e.number)).toEqual([1, 2])
    expect(entries[0]).toMatchObject({
      address: '稲沢市祖父江町1-1',
      phone: '0587-00-0000',
      offers: [{ title: 'offer 11', when: '毎週土曜 10:00〜12:00', costYen: 300 }],
    })
    expect(entries[0].point).not.toBeNull()
  })

  it('gives a sensitive place no address and no point on the map', () => {
    const [entry] = printEntries(
      toPlaceSummaries([hit({ placeId: 2, offerId: 21, areaOnly: true })]),
      [place(2, '漏れてはいけない住所', null)],
      [],
    )

    expect(entry.address).toBeNull()
    expect(entry.point).toBeNull()
  })
})

describe('svg map', () => {
  it('fits the area in the box, north up, and draws polygons as closed paths', () => {
    const p = projection([136.0, 35.0, 136.1, 35.1], 400, 300, 0)
    expect(p.point(136.0, 35.1)).toEqual([0, 0])
    // A degree of latitude is longer than one of longitude there: the height is what limits.
    expect(p.height).toBe(300)
    expect(p.width).toBeLessThan(300)
    const [x, y] = p.point(136.1, 35.0)
    expect(x).toBeCloseTo(p.width, 0)
    expect(y).toBe(300)

    const path = svgPath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [136.0, 35.0],
            [136.1, 35.0],
            [136.1, 35.1],
            [136.0, 35.0],
          ],
        ],
      },
      p,
    )
    expect(path.startsWith('M0 ')).toBe(true)
    expect(path.endsWith('Z')).toBe(true)
  })
})
