import { describe, expect, it } from 'vitest'
import type { OfferWire } from '../api/offers'
import type { PlaceWire } from '../api/places'
import { placeJsonLd } from './placeJsonLd'

const place: PlaceWire = {
  id: 1,
  organizationId: 1,
  name: '国府宮ふれあいサロン',
  nameKana: null,
  kind: 'SALON',
  description: '毎週のサロン',
  address: '稲沢市国府宮1',
  location: { lat: 35.25, lon: 136.8 },
  areaOnly: false,
  areas: [
    { id: 3, layer: 'district', kind: 'DISTRICT', code: 'x', name: '稲沢地区', approximate: true },
  ],
  accessibility: {
    floor: 1,
    elevator: false,
    stepFree: true,
    accessibleToilet: false,
    parking: false,
    busStopNearby: false,
    writtenCommunication: false,
  },
  tags: [],
  staffPresence: 'NONE',
  status: 'ACTIVE',
  statusNote: null,
  sensitivity: 'EXACT',
  lastConfirmedOn: '2026-11-20',
  stale: false,
  contact: { person: null, phone: '0587-00-0000', email: null, url: null },
  updatedAt: '2026-11-20T00:00:00Z',
}

const offer = {
  id: 5,
  title: 'サロンに参加',
  scheduleText: '毎週土曜 10:00〜12:00',
  costYen: 0,
  nextOccurrences: [
    {
      date: '2026-12-05',
      start: '10:00',
      end: '12:00',
      kind: 'REGULAR',
      title: null,
      cancelled: false,
    },
    {
      date: '2026-12-12',
      start: '10:00',
      end: '12:00',
      kind: 'REGULAR',
      title: null,
      cancelled: true,
    },
  ],
} as unknown as OfferWire

describe('placeJsonLd', () => {
  it('describes the place with its address, point and coming events in Japan time', () => {
    const ld = placeJsonLd(place, [offer], 'https://example.org/places/1') as Record<string, any>

    expect(ld['@type']).toBe('Place')
    expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 35.25, longitude: 136.8 })
    expect(ld.event).toHaveLength(1)
    expect(ld.event[0]).toMatchObject({
      startDate: '2026-12-05T10:00:00+09:00',
      isAccessibleForFree: true,
    })
  })

  it('gives a sensitive place only its areas', () => {
    const ld = placeJsonLd(
      { ...place, areaOnly: true, address: null, location: null },
      [],
      'https://example.org/places/1',
    ) as Record<string, any>

    expect(ld.geo).toBeUndefined()
    expect(ld.address).toBe('稲沢地区')
  })
})
