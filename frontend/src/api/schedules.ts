import { api, type ApiClient } from './client'
import type { OccurrenceWire } from './offers'
import type { Weekday } from './search'

/** One repeating time window (毎週火・木曜, 毎月第2・第4水曜, 隔月 …), as the API takes it. */
export interface ScheduleRuleWire {
  frequency: 'WEEKLY' | 'MONTHLY'
  weekdays: Weekday[]
  /** MONTHLY only: 1–5, or -1 for the last (最終). */
  weeksOfMonth: number[]
  /** 1 = every week or month; 2 = 隔週 or 隔月. */
  interval: number
  /** With interval > 1: a date in a week or month that is "on". */
  anchor: string | null
  /** HH:mm; null only in a draft the server will refuse by field. */
  start: string | null
  end: string | null
}

/** A dated period whose rules replace the regular ones (夏休みは毎週土曜); no rules = closed. */
export interface SeasonWire {
  name: string
  from: string | null
  to: string | null
  rules: ScheduleRuleWire[]
}

/** A yearly closure: `MM-dd` days, wrapping the year end allowed (年末年始). */
export interface ClosureWire {
  name: string
  from: string
  to: string
}

export interface CancellationWire {
  date: string | null
  reason: string
}

export interface EventWire {
  date: string | null
  start: string | null
  end: string | null
  title: string | null
  expectedHeadcount: number | null
}

/** An offer's schedule: a rule, not a list of dates (docs/catalogue-model.md, "Schedule"). */
export interface ScheduleWire {
  rules: ScheduleRuleWire[]
  seasons: SeasonWire[]
  closedOnHolidays: boolean
  closures: ClosureWire[]
  cancellations: CancellationWire[]
  events: EventWire[]
  validFrom: string | null
  validUntil: string | null
}

/** What residents will read, and the next dates, of a schedule not yet saved. */
export interface SchedulePreviewWire {
  text: string
  lines: string[]
  nextOccurrences: OccurrenceWire[]
}

export function previewSchedule(
  schedule: ScheduleWire,
  typicalHeadcount: number | null,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<SchedulePreviewWire> {
  return client.post<SchedulePreviewWire>(
    '/schedules/preview',
    { schedule, typicalHeadcount },
    { signal },
  )
}
