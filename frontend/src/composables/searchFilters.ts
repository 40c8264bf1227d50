import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { SearchParams, TimeOfDay, Weekday } from '../api/search'

export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['MORNING', 'AFTERNOON', 'EVENING']
/**
 * The conditions residents ask for most, as the API's tag codes. 無料 is not here: the search
 * API has no parameter for an offer's cost yet.
 */
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
  weekdays: Weekday[]
  timeOfDay: TimeOfDay | null
  tags: string[]
  /** 段差なし. */
  stepFree: boolean
  kind: string | null
}

export function emptyFilters(): SearchFilters {
  return {
    city: null,
    district: null,
    weekdays: [],
    timeOfDay: null,
    tags: [],
    stepFree: false,
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
    weekdays: WEEKDAYS.filter((d) => values(query.day).includes(d)),
    timeOfDay: one(query.time, TIMES_OF_DAY),
    tags: CONDITION_TAGS.filter((t) => values(query.tag).includes(t)),
    stepFree: values(query.stepFree)[0] === '1',
    kind: one(query.kind, PLACE_KINDS),
  }
}

export function filtersToQuery(filters: SearchFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (filters.city) query.city = filters.city
  if (filters.district) query.district = filters.district
  if (filters.weekdays.length) query.day = filters.weekdays.join(',')
  if (filters.timeOfDay) query.time = filters.timeOfDay
  if (filters.tags.length) query.tag = filters.tags.join(',')
  if (filters.stepFree) query.stepFree = '1'
  if (filters.kind) query.kind = filters.kind
  return query
}

/**
 * The search for the chosen area. Paused places come too, so residents see them marked 休止中
 * rather than wondering where they went. No point is sent: results are never ordered or labelled
 * by distance, which would reveal where a sensitive place is.
 */
export function toSearchParams(filters: SearchFilters, areaId: number): SearchParams {
  return {
    areaId,
    weekday: filters.weekdays,
    timeOfDay: filters.timeOfDay ?? undefined,
    tag: filters.tags,
    accessible: filters.stepFree,
    kind: filters.kind ? [filters.kind] : [],
    includePaused: true,
    sort: 'NEXT_DATE',
    size: 500,
  }
}
