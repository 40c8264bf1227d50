import {
  LIMITATIONS,
  PHYSICAL_LIMITATIONS,
  type Limitation,
  type PersonWire,
  type ProfileWire,
  type TimeWindowWire,
  type TravelMode,
  type Want,
} from '../api/persons'
import type { TimeOfDay, Weekday } from '../api/search'
import { TIMES_OF_DAY, WEEKDAYS } from './searchFilters'

/**
 * The week grid's time bands, as the scenarios define the buckets: 午前 before 12:00, 午後
 * 12:00–16:59, 夕方・夜 from 17:00. A ticked cell means "free for the whole band".
 */
export const BANDS: Record<TimeOfDay, { start: string; end: string }> = {
  MORNING: { start: '06:00', end: '12:00' },
  AFTERNOON: { start: '12:00', end: '17:00' },
  EVENING: { start: '17:00', end: '24:00' },
}

/** A cell of the week grid: `THU:EVENING`. */
export type Cell = `${Weekday}:${TimeOfDay}`

export function cell(day: Weekday, band: TimeOfDay): Cell {
  return `${day}:${band}`
}

/** Ticked cells as time windows, neighbouring bands of a day joined (午後+夕方 = 12:00–24:00). */
export function windowsFromCells(cells: readonly Cell[]): TimeWindowWire[] {
  const ticked = new Set(cells)
  const windows: TimeWindowWire[] = []
  for (const weekday of WEEKDAYS) {
    let open: TimeWindowWire | null = null
    for (const band of TIMES_OF_DAY) {
      if (!ticked.has(cell(weekday, band))) {
        open = null
        continue
      }
      if (open) open.end = BANDS[band].end
      else {
        open = { weekday, start: BANDS[band].start, end: BANDS[band].end }
        windows.push(open)
      }
    }
  }
  return windows
}

/**
 * The cells a person's windows fill at least half of (17:00–21:00 is 夕方・夜); `exact` when the
 * grid says the same as the windows. Times the grid cannot say exactly are kept as they are
 * unless the CSW changes the grid.
 */
export function cellsFromWindows(windows: readonly TimeWindowWire[]): {
  cells: Cell[]
  exact: boolean
} {
  const cells: Cell[] = []
  for (const weekday of WEEKDAYS) {
    for (const band of TIMES_OF_DAY) {
      const start = minutes(BANDS[band].start)
      const end = minutes(BANDS[band].end)
      const covered = windows
        .filter((w) => w.weekday === weekday)
        .reduce(
          (sum, w) =>
            sum +
            Math.max(0, Math.min(end, minutes(normEnd(w.end))) - Math.max(start, minutes(w.start))),
          0,
        )
      if (covered * 2 >= end - start) cells.push(cell(weekday, band))
    }
  }
  const same = (a: TimeWindowWire[], b: readonly TimeWindowWire[]) =>
    JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort())
  return { cells, exact: same(windowsFromCells(cells), windows) }
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

function normEnd(end: string): string {
  return end === '00:00' ? '24:00' : end
}

function key(w: TimeWindowWire): string {
  return `${w.weekday} ${w.start}-${normEnd(w.end)}`
}

export type ConstraintChoice = 'NONE' | 'PREFER' | 'MUST'

/** The profile form's state: what the CSW has typed, as typed (numbers stay text until sent). */
export interface ProfileDraft {
  teamId: number | null
  displayName: string
  nameKana: string
  contact: string
  age: string
  strengths: string
  interests: string
  strengthTags: string
  pastWork: string
  cells: Cell[]
  /** Windows the grid cannot show, kept until the grid is changed. */
  keptWindows: TimeWindowWire[] | null
  reachMode: TravelMode
  reachKm: string
  reachMinutes: string
  homeAreaId: number | null
  homeLabel: string
  homeLat: number | null
  homeLon: number | null
  constraints: Record<Limitation, ConstraintChoice>
  wants: Want[]
}

function noConstraints(): Record<Limitation, ConstraintChoice> {
  return Object.fromEntries(LIMITATIONS.map((c) => [c, 'NONE'])) as Record<
    Limitation,
    ConstraintChoice
  >
}

export function emptyDraft(): ProfileDraft {
  return {
    teamId: null,
    displayName: '',
    nameKana: '',
    contact: '',
    age: '',
    strengths: '',
    interests: '',
    strengthTags: '',
    pastWork: '',
    cells: [],
    keptWindows: null,
    reachMode: 'WALK',
    reachKm: '',
    reachMinutes: '',
    homeAreaId: null,
    homeLabel: '',
    homeLat: null,
    homeLon: null,
    constraints: noConstraints(),
    wants: [],
  }
}

export function draftFromPerson(person: PersonWire): ProfileDraft {
  const grid = cellsFromWindows(person.availability)
  const constraints = noConstraints()
  for (const c of person.constraints) constraints[c.code] = c.must ? 'MUST' : 'PREFER'
  return {
    teamId: person.teamId,
    displayName: person.displayName,
    nameKana: person.nameKana ?? '',
    contact: person.contact ?? '',
    age: person.age?.toString() ?? '',
    strengths: person.strengths ?? '',
    interests: person.interests ?? '',
    strengthTags: person.strengthTags.join('、'),
    pastWork: person.pastWork ?? '',
    cells: grid.cells,
    keptWindows: grid.exact ? null : person.availability,
    reachMode: person.reach?.mode ?? 'WALK',
    reachKm: person.reach?.km?.toString() ?? '',
    reachMinutes: person.reach?.minutes?.toString() ?? '',
    homeAreaId: person.home?.areaId ?? null,
    homeLabel: person.home?.label ?? '',
    homeLat: person.home?.lat ?? null,
    homeLon: person.home?.lon ?? null,
    constraints,
    wants: [...person.wants],
  }
}

/** Text as the API wants it: trimmed, empty as null (never a number parsed from nothing). */
function text(value: string): string | null {
  const trimmed = value.trim()
  return trimmed ? trimmed : null
}

/** A number the CSW typed, full-width digits included (３４ is 34); NaN for a typing slip. */
function number(value: string): number | null {
  const trimmed = value.normalize('NFKC').trim()
  if (!trimmed) return null
  const parsed = Number(trimmed)
  return Number.isFinite(parsed) ? parsed : Number.NaN
}

/** Tags typed as 調理、接客 or 調理 接客 or 調理,接客. */
export function splitTags(value: string): string[] {
  return [
    ...new Set(
      value
        .normalize('NFKC')
        .split(/[\s,、，・/]+/)
        .filter(Boolean),
    ),
  ]
}

/**
 * The number fields that hold something other than a number, by the API's field name: named
 * beside the field before anything is sent (JSON would turn a NaN into null and lose the slip).
 */
export function draftSlips(draft: ProfileDraft): string[] {
  const fields: [string, string][] = [
    ['age', draft.age],
    ['reach.km', draft.reachKm],
    ['reach.minutes', draft.reachMinutes],
  ]
  return fields.filter(([, value]) => Number.isNaN(number(value))).map(([field]) => field)
}

export function profileFromDraft(draft: ProfileDraft): ProfileWire {
  const km = number(draft.reachKm)
  const minutes = number(draft.reachMinutes)
  const home =
    draft.homeAreaId !== null
      ? { areaId: draft.homeAreaId, lat: null, lon: null, label: null }
      : draft.homeLat !== null && draft.homeLon !== null
        ? { areaId: null, lat: draft.homeLat, lon: draft.homeLon, label: text(draft.homeLabel) }
        : null
  return {
    teamId: draft.teamId,
    displayName: text(draft.displayName),
    nameKana: text(draft.nameKana),
    contact: text(draft.contact),
    age: number(draft.age),
    strengths: text(draft.strengths),
    interests: text(draft.interests),
    strengthTags: splitTags(draft.strengthTags),
    pastWork: text(draft.pastWork),
    availability: draft.keptWindows ?? windowsFromCells(draft.cells),
    reach: km === null && minutes === null ? null : { mode: draft.reachMode, km, minutes },
    home,
    constraints: LIMITATIONS.filter((c) => draft.constraints[c] !== 'NONE').map((code) => ({
      code,
      must: draft.constraints[code] === 'MUST' || PHYSICAL_LIMITATIONS.includes(code),
    })),
    wants: [...draft.wants],
  }
}
