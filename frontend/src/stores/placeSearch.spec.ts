import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createApiClient } from '../api/client'
import { hit } from '../composables/testHits'
import { usePlaceSearchStore } from './placeSearch'

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

const page = (items: unknown[]) => ({ items, total: items.length, page: 0, size: 500, facets: {} })

describe('place search store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('asks for the area with the filters and shows one place per place', async () => {
    const urls: string[] = []
    const client = createApiClient({
      fetch: async (input) => {
        urls.push(String(input))
        return json(
          page([hit({ placeId: 1 }), hit({ placeId: 1, offerId: 2 }), hit({ placeId: 3 })]),
        )
      },
    })
    const store = usePlaceSearchStore()
    store.filters = {
      ...store.filters,
      weekdays: ['SAT'],
      timeOfDay: 'MORNING',
      tags: ['FIRST_TIMERS_WELCOME'],
    }

    await store.run({ areaId: 4 }, client)

    const query = new URL(urls[0], 'http://x').searchParams
    expect(query.get('areaId')).toBe('4')
    expect(query.get('weekday')).toBe('SAT')
    expect(query.get('timeOfDay')).toBe('MORNING')
    expect(query.get('tag')).toBe('FIRST_TIMERS_WELCOME')
    expect(query.get('includePaused')).toBe('true')
    expect(store.status).toBe('ready')
    expect(store.places.map((p) => p.id)).toEqual([1, 3])
  })

  it('searches around the resident, nearest first, only while they asked for it', async () => {
    const urls: string[] = []
    const client = createApiClient({
      fetch: async (input) => {
        urls.push(String(input))
        return json(
          page([hit({ placeId: 5, distanceKm: 0.8 }), hit({ placeId: 6, areaOnly: true })]),
        )
      },
    })
    const store = usePlaceSearchStore()
    expect(store.where(7)).toEqual({ areaId: 7 })
    store.near = { lat: 35.25, lon: 136.7 }
    store.radiusKm = 1

    await store.run(store.where(7)!, client)

    const query = new URL(urls[0], 'http://x').searchParams
    expect(query.get('lat')).toBe('35.25')
    expect(query.get('radiusKm')).toBe('1')
    expect(query.get('sort')).toBe('DISTANCE')
    expect(query.has('areaId')).toBe(false)
    expect(store.places.map((p) => p.distanceKm)).toEqual([0.8, null])
  })

  it('keeps only the newest answer when searches overlap', async () => {
    let release: (r: Response) => void = () => {}
    const client = createApiClient({
      fetch: (input, init) =>
        String(input).includes('areaId=1')
          ? new Promise((resolve, reject) => {
              release = resolve
              init?.signal?.addEventListener('abort', () =>
                reject(new DOMException('aborted', 'AbortError')),
              )
            })
          : Promise.resolve(json(page([hit({ placeId: 9 })]))),
    })
    const store = usePlaceSearchStore()

    const first = store.run({ areaId: 1 }, client)
    await store.run({ areaId: 2 }, client)
    release(json(page([hit({ placeId: 1 })])))
    await first

    expect(store.places.map((p) => p.id)).toEqual([9])
    expect(store.status).toBe('ready')
  })

  it('words a failed search through the locale files', async () => {
    const client = createApiClient({
      fetch: async () =>
        json(
          { type: 'https://deban.org/problems/internal', title: 'Internal', status: 500 },
          500,
          'application/problem+json',
        ),
    })
    const store = usePlaceSearchStore()

    await store.run({ areaId: 1 }, client)

    expect(store.status).toBe('error')
    expect(store.error).toEqual({ key: 'problem.internal', params: {} })
  })
})
