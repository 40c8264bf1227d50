import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { SearchParams, TimeOfDay, Weekday } from '../api/search'

export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['MORNING', 'AFTERNOON', 'EVENING']
/** The conditions residents ask for most, as the API's tag codes (段差なし and 無料 are flags). */
export const CONDITION_TAGS = ['FIRST_TIMERS_WELCOME', 'NO_TALKING_NEEDED'] as const
export const PLACE_KINDS = [
  'SALON',
  'COMMUNITY_DINER',
  'FREE_SPACE',
  'GATHERING_PLACE',
  'WELFARE_FACILITY',
  'COMMUNITY_HALL',
] as const

/** What the resident chose; kept in the URL so a search can be bookmarked, shared and gone back to. */
export interface SearchFilters {
  /** The municipality's code (全国地方公共団体コード). */
  city: string | null
  /** The 地区's code; null for the whole city. */
  district: string | null
  /** A 町丁目 of the 地区 (its code); null for the whole 地区. */
  chome: string | null
  weekdays: Weekday[]
  timeOfDay: TimeOfDay | null
  tags: string[]
  /** 段差なし. */
  stepFree: boolean
  /** 無料: only what costs nothing to take part in. */
  free: boolean
  kind: string | null
}

/** Radii residents choose from for "near me", in km. */
export const RADII_KM = [1, 2, 5] as const
export type RadiusKm = (typeof RADII_KM)[number]

/**
 * Where to search: an area (地区, 町丁目 or the city), or around the resident's position. The
 * position is never put in the URL or stored: it lives in memory and goes only into the search.
 */
export type SearchWhere =
  { areaId: number } | { near: { lat: number; lon: number }; radiusKm: RadiusKm }

export function emptyFilters(): SearchFilters {
  return {
    city: null,
    district: null,
    chome: null,
    weekdays: [],
    timeOfDay: null,
    tags: [],
    stepFree: false,
    free: false,
    kind: null,
  }
}

function values(value: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .filter(Boolean)
}

function one<T extends string>(value: LocationQuery[string] | undefined, allowed: readonly T[]) {
  return (values(value).find((v) => (allowed as readonly string[]).includes(v)) as T) ?? null
}

/** Reads filters from the URL, ignoring whatever it does not know. */
export function filtersFromQuery(query: LocationQuery): SearchFilters {
  return {
    city: values(query.city)[0] ?? null,
    district: values(query.district)[0] ?? null,
    // A 町丁目 is a part of a 地区: without one it means nothing.
    chome: values(query.district)[0] ? (values(query.chome)[0] ?? null) : null,
    weekdays: WEEKDAYS.filter((d) => values(query.day).includes(d)),
    timeOfDay: one(query.time, TIMES_OF_DAY),
    tags: CONDITION_TAGS.filter((t) => values(query.tag).includes(t)),
    stepFree: values(query.stepFree)[0] === '1',
    free: values(query.free)[0] === '1',
    kind: one(query.kind, PLACE_KINDS),
  }
}

export function filtersToQuery(filters: SearchFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (filters.city) query.city = filters.city
  if (filters.district) query.district = filters.district
  if (filters.district && filters.chome) query.chome = filters.chome
  if (filters.weekdays.length) query.day = filters.weekdays.join(',')
  if (filters.timeOfDay) query.time = filters.timeOfDay
  if (filters.tags.length) query.tag = filters.tags.join(',')
  if (filters.stepFree) query.stepFree = '1'
  if (filters.free) query.free = '1'
  if (filters.kind) query.kind = filters.kind
  return query
}

/**
 * The search for the chosen area, or around the resident. Paused places come too, so residents
 * see them marked 休止中 rather than wondering where they went. An area search sends no point: its
 * results are never ordered or labelled by distance. Near the resident they are, nearest first;
 * the server gives sensitive places no distance and puts them last, so none is located by it.
 */
export function toSearchParams(filters: SearchFilters, where: SearchWhere): SearchParams {
  const place: SearchParams =
    'areaId' in where
      ? { areaId: where.areaId, sort: 'NEXT_DATE' }
      : { ...where.near, radiusKm: where.radiusKm, sort: 'DISTANCE' }
  return {
    ...place,
    weekday: filters.weekdays,
    timeOfDay: filters.timeOfDay ?? undefined,
    tag: filters.tags,
    accessible: filters.stepFree,
    maxCostYen: filters.free ? 0 : undefined,
    kind: filters.kind ? [filters.kind] : [],
    includePaused: true,
    size: 500,
  }
}

/** The chosen conditions as locale keys, in the order of the filters, for saying them in words. */
export function conditionKeys(filters: SearchFilters): string[] {
  return [
    ...filters.weekdays.map((d) => `weekday.${d}`),
    ...(filters.timeOfDay ? [`timeOfDay.${filters.timeOfDay}`] : []),
    ...filters.tags.map((tag) => `tag.${tag}`),
    ...(filters.stepFree ? ['map.stepFree'] : []),
    ...(filters.free ? ['map.free'] : []),
    ...(filters.kind ? [`kind.${filters.kind}`] : []),
  ]
}
