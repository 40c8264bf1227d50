import { describe, expect, it } from 'vitest'
import { emptyFilters, filtersFromQuery, filtersToQuery, toSearchParams } from './searchFilters'

describe('search filters', () => {
  it('go to the URL and come back the same', () => {
    const filters = {
      ...emptyFilters(),
      city: '23220',
      district: '23220-sobue',
      weekdays: ['SAT' as const],
      timeOfDay: 'MORNING' as const,
      tags: ['FIRST_TIMERS_WELCOME'],
      stepFree: true,
      kind: 'SALON',
    }
    const query = filtersToQuery(filters)

    expect(query).toEqual({
      city: '23220',
      district: '23220-sobue',
      day: 'SAT',
      time: 'MORNING',
      tag: 'FIRST_TIMERS_WELCOME',
      stepFree: '1',
      kind: 'SALON',
    })
    expect(filtersFromQuery(query as Record<string, string>)).toEqual(filters)
  })

  it('ignore values they do not know, and keep weekdays in calendar order', () => {
    const filters = filtersFromQuery({ day: 'SUN,XYZ,MON', time: 'NIGHT', tag: 'EVIL', kind: 'X' })

    expect(filters.weekdays).toEqual(['MON', 'SUN'])
    expect(filters.timeOfDay).toBeNull()
    expect(filters.tags).toEqual([])
    expect(filters.kind).toBeNull()
  })

  it('search the area with paused places and never by distance', () => {
    const params = toSearchParams(
      { ...emptyFilters(), weekdays: ['SAT'], tags: ['NO_TALKING_NEEDED'], stepFree: true },
      4,
    )

    expect(params).toMatchObject({
      areaId: 4,
      weekday: ['SAT'],
      tag: ['NO_TALKING_NEEDED'],
      accessible: true,
      includePaused: true,
    })
    expect(params.sort).not.toBe('DISTANCE')
    expect(params).not.toHaveProperty('lat')
  })
})
