import { describe, expect, it } from 'vitest'
import { formatNextDate, parseNextDate, toPlaceSummaries } from './placeSummaries'
import { hit } from './testHits'

describe('toPlaceSummaries', () => {
  it('makes one place of a place hit and its offer hits, in the order of first appearance', () => {
    const places = toPlaceSummaries([
      hit({ placeId: 2, offerId: 20, title: '体操', nextDates: ['2026-12-12 09:30-10:30'] }),
      hit({ placeId: 1, offerId: 10 }),
      hit({ placeId: 2, offerId: 21, title: '茶話会', nextDates: ['2026-12-05 13:00-15:00'] }),
      hit({ placeId: 2, type: 'PLACE', offerId: null, snippet: '集会所です' }),
    ])

    expect(places.map((p) => p.id)).toEqual([2, 1])
    expect(places[0].offers.map((o) => o.title)).toEqual(['体操', '茶話会'])
    expect(places[0].nextDate).toEqual({ date: '2026-12-05', start: '13:00', end: '15:00' })
    expect(places[0].snippet).toBe('集会所です')
  })

  it('marks paused and area-only places', () => {
    const [paused, sensitive] = toPlaceSummaries([
      hit({ placeId: 1, status: 'PAUSED' }),
      hit({ placeId: 2, areaOnly: true, location: { lat: 35.24, lon: 136.78 } }),
    ])

    expect(paused).toMatchObject({ paused: true, areaOnly: false })
    expect(sensitive).toMatchObject({ paused: false, areaOnly: true, point: { lat: 35.24 } })
  })
})

describe('next dates', () => {
  it('parses the API form and ignores anything else', () => {
    expect(parseNextDate('2026-12-05 09:00-11:00')).toEqual({
      date: '2026-12-05',
      start: '09:00',
      end: '11:00',
    })
    expect(parseNextDate('soon')).toBeNull()
  })

  it('words a date in Japanese with the weekday', () => {
    const text = formatNextDate({ date: '2026-12-05', start: '09:00', end: '11:00' }, 'ja')
    expect(text).toBe('12月5日(土) 9:00〜11:00')
  })
})
