import { describe, expect, it } from 'vitest'
import {
  conditionKeys,
  emptyFilters,
  filtersFromQuery,
  filtersToQuery,
  toSearchParams,
} from './searchFilters'

describe('search filters', () => {
  it('go to the URL and come back the same', () => {
    const filters = {
      ...emptyFilters(),
      city: '23220',
      district: '23220-sobue',
      chome: '232200123',
      weekdays: ['SAT' as const],
      timeOfDay: 'MORNING' as const,
      tags: ['FIRST_TIMERS_WELCOME'],
      stepFree: true,
      free: true,
      kind: 'SALON',
    }
    const query = filtersToQuery(filters)

    expect(query).toEqual({
      city: '23220',
      district: '23220-sobue',
      chome: '232200123',
      day: 'SAT',
      time: 'MORNING',
      tag: 'FIRST_TIMERS_WELCOME',
      stepFree: '1',
      free: '1',
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

  it('drop a 町丁目 that comes without its 地区', () => {
    expect(filtersFromQuery({ chome: '232200123' }).chome).toBeNull()
    expect(filtersFromQuery({ district: 'd', chome: '232200123' }).chome).toBe('232200123')
  })

  it('ask for free offers only when 無料 is ticked', () => {
    expect(toSearchParams(emptyFilters(), { areaId: 1 }).maxCostYen).toBeUndefined()
    expect(toSearchParams({ ...emptyFilters(), free: true }, { areaId: 1 }).maxCostYen).toBe(0)
  })

  it('search near the resident by distance, within the radius they chose', () => {
    const params = toSearchParams(emptyFilters(), {
      near: { lat: 35.2, lon: 136.7 },
      radiusKm: 1,
    })

    expect(params).toMatchObject({ lat: 35.2, lon: 136.7, radiusKm: 1, sort: 'DISTANCE' })
    expect(params).not.toHaveProperty('areaId')
  })

  it('search the area with paused places and never by distance', () => {
    const params = toSearchParams(
      { ...emptyFilters(), weekdays: ['SAT'], tags: ['NO_TALKING_NEEDED'], stepFree: true },
      { areaId: 4 },
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

  it('say the chosen conditions in the order of the form', () => {
    expect(
      conditionKeys({
        ...emptyFilters(),
        weekdays: ['SAT'],
        timeOfDay: 'MORNING',
        tags: ['FIRST_TIMERS_WELCOME'],
        free: true,
      }),
    ).toEqual(['weekday.SAT', 'timeOfDay.MORNING', 'tag.FIRST_TIMERS_WELCOME', 'map.free'])
  })
})
