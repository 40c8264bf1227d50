import type { OccurrenceWire } from '../api/offers'
import type { ClosureWire, ScheduleRuleWire, ScheduleWire, SeasonWire } from '../api/schedules'
import type { Weekday } from '../api/search'
import { formatNextDate } from './placeSummaries'

/**
 * The schedule editor's view of a schedule: what an operator picks on the form (毎週 / 隔週 /
 * 毎月第n曜日 / 隔月, days, times, periods, closures, cancellations, event days). Conversion to and
 * from the API's schedule lives here, so the form holds no wire details. Every row the operator
 * added stays a row in the request, in order, so a field error from the server
 * (`schedule.rules[1].end`) lands beside the row it is about.
 */

export const WEEKDAYS: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']
/** 第1 … 第5, and -1 for 最終. */
export const WEEKS_OF_MONTH = [1, 2, 3, 4, 5, -1]

/** 毎週, 隔週, 毎月 (第n曜日), 隔月 (第n曜日). */
export type Repeat = 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY' | 'BIMONTHLY'
export const REPEATS: Repeat[] = ['WEEKLY', 'BIWEEKLY', 'MONTHLY', 'BIMONTHLY']

export interface RuleDraft {
  repeat: Repeat
  weekdays: Weekday[]
  weeksOfMonth: number[]
  /** With 隔週 / 隔月: a date that is "on" (YYYY-MM-DD); empty = counted from the first. */
  anchor: string
  start: string
  end: string
}

export interface SeasonDraft {
  name: string
  from: string
  to: string
  /** Closed for the whole period (no rules). */
  closed: boolean
  rules: RuleDraft[]
}

/** A yearly closure as the operator types it: `12/29`. */
export interface ClosureDraft {
  name: string
  from: string
  to: string
}

export interface CancellationDraft {
  date: string
  reason: string
}

export interface EventDraft {
  date: string
  start: string
  end: string
  title: string
  /** As typed; empty = not known. */
  expectedHeadcount: string
}

export interface ScheduleDraft {
  rules: RuleDraft[]
  seasons: SeasonDraft[]
  closedOnHolidays: boolean
  closures: ClosureDraft[]
  cancellations: CancellationDraft[]
  events: EventDraft[]
  validFrom: string
  validUntil: string
}

/** The closures most hosts have, offered as one tick each. */
export const COMMON_CLOSURES = {
  yearEnd: { from: '12/29', to: '1/3' },
  obon: { from: '8/13', to: '8/16' },
} as const

export function newRule(): RuleDraft {
  return {
    repeat: 'WEEKLY',
    weekdays: [],
    weeksOfMonth: [],
    anchor: '',
    start: '10:00',
    end: '12:00',
  }
}

export function newSeason(): SeasonDraft {
  return { name: '', from: '', to: '', closed: false, rules: [newRule()] }
}

export function emptyDraft(): ScheduleDraft {
  return {
    rules: [newRule()],
    seasons: [],
    closedOnHolidays: false,
    closures: [],
    cancellations: [],
    events: [],
    validFrom: '',
    validUntil: '',
  }
}

const REPEAT_WIRE: Record<Repeat, Pick<ScheduleRuleWire, 'frequency' | 'interval'>> = {
  WEEKLY: { frequency: 'WEEKLY', interval: 1 },
  BIWEEKLY: { frequency: 'WEEKLY', interval: 2 },
  MONTHLY: { frequency: 'MONTHLY', interval: 1 },
  BIMONTHLY: { frequency: 'MONTHLY', interval: 2 },
}

function isMonthly(repeat: Repeat): boolean {
  return repeat === 'MONTHLY' || repeat === 'BIMONTHLY'
}

function ordered<T>(values: T[], order: T[]): T[] {
  return order.filter((v) => values.includes(v))
}

export function ruleToWire(rule: RuleDraft): ScheduleRuleWire {
  const { frequency, interval } = REPEAT_WIRE[rule.repeat]
  return {
    frequency,
    interval,
    weekdays: ordered(rule.weekdays, WEEKDAYS),
    weeksOfMonth: isMonthly(rule.repeat) ? ordered(rule.weeksOfMonth, WEEKS_OF_MONTH) : [],
    anchor: interval > 1 && rule.anchor ? rule.anchor : null,
    start: orNull(rule.start),
    end: orNull(rule.end),
  }
}

/**
 * An empty date or time is sent as null: the server then names the field ("開始時刻を指定して
 * ください") instead of refusing the whole body as unreadable.
 */
function orNull(text: string): string | null {
  return text === '' ? null : text
}

export function ruleFromWire(rule: ScheduleRuleWire): RuleDraft {
  const every = (rule.interval ?? 1) > 1
  const repeat: Repeat =
    rule.frequency === 'MONTHLY' ? (every ? 'BIMONTHLY' : 'MONTHLY') : every ? 'BIWEEKLY' : 'WEEKLY'
  return {
    repeat,
    weekdays: [...rule.weekdays],
    weeksOfMonth: [...(rule.weeksOfMonth ?? [])],
    anchor: rule.anchor ?? '',
    start: rule.start ?? '',
    end: rule.end ?? '',
  }
}

/** `12/29` or `１２／２９` → `12-29`; anything else is passed on for the server to name. */
export function monthDayToWire(text: string): string {
  const normalised = text.normalize('NFKC').trim()
  const match = /^(\d{1,2})\s*[/\-月.]\s*(\d{1,2})\s*日?$/.exec(normalised)
  if (!match) return normalised
  return `${match[1].padStart(2, '0')}-${match[2].padStart(2, '0')}`
}

/** `12-29` → `12/29`. */
export function monthDayFromWire(text: string): string {
  const match = /^(\d\d)-(\d\d)$/.exec(text)
  return match ? `${Number(match[1])}/${Number(match[2])}` : text
}

function seasonToWire(season: SeasonDraft): SeasonWire {
  return {
    name: season.name.trim(),
    from: orNull(season.from),
    to: orNull(season.to),
    rules: season.closed ? [] : season.rules.map(ruleToWire),
  }
}

function closureToWire(closure: ClosureDraft): ClosureWire {
  return {
    name: closure.name.trim(),
    from: monthDayToWire(closure.from),
    to: monthDayToWire(closure.to),
  }
}

function headcount(text: string): number | null {
  const normalised = text.normalize('NFKC').trim()
  return normalised === '' ? null : Number(normalised)
}

/** The request's schedule, row for row. */
export function draftToSchedule(draft: ScheduleDraft): ScheduleWire {
  return {
    rules: draft.rules.map(ruleToWire),
    seasons: draft.seasons.map(seasonToWire),
    closedOnHolidays: draft.closedOnHolidays,
    closures: draft.closures.map(closureToWire),
    cancellations: draft.cancellations.map((c) => ({
      date: orNull(c.date),
      reason: c.reason.trim(),
    })),
    events: draft.events.map((e) => ({
      date: orNull(e.date),
      start: orNull(e.start),
      end: orNull(e.end),
      title: e.title.trim() || null,
      expectedHeadcount: headcount(e.expectedHeadcount),
    })),
    validFrom: draft.validFrom || null,
    validUntil: draft.validUntil || null,
  }
}

export function scheduleToDraft(schedule: ScheduleWire | null | undefined): ScheduleDraft {
  if (!schedule) return emptyDraft()
  return {
    rules: schedule.rules.map(ruleFromWire),
    seasons: schedule.seasons.map((s) => ({
      name: s.name,
      from: s.from ?? '',
      to: s.to ?? '',
      closed: s.rules.length === 0,
      rules: s.rules.length ? s.rules.map(ruleFromWire) : [newRule()],
    })),
    closedOnHolidays: schedule.closedOnHolidays,
    closures: schedule.closures.map((c) => ({
      name: c.name,
      from: monthDayFromWire(c.from),
      to: monthDayFromWire(c.to),
    })),
    cancellations: schedule.cancellations.map((c) => ({ date: c.date ?? '', reason: c.reason })),
    events: schedule.events.map((e) => ({
      date: e.date ?? '',
      start: e.start ?? '',
      end: e.end ?? '',
      title: e.title ?? '',
      expectedHeadcount: e.expectedHeadcount == null ? '' : String(e.expectedHeadcount),
    })),
    validFrom: schedule.validFrom ?? '',
    validUntil: schedule.validUntil ?? '',
  }
}

/** Whether a closure row is one of the common ones (shown as its tick, not as a row). */
export function isCommonClosure(closure: ClosureDraft, which: keyof typeof COMMON_CLOSURES) {
  const common = COMMON_CLOSURES[which]
  return (
    monthDayToWire(closure.from) === monthDayToWire(common.from) &&
    monthDayToWire(closure.to) === monthDayToWire(common.to)
  )
}

/**
 * One next date as the preview lists it: "7月4日(土) 11:00〜14:00", with what residents will
 * also read — the event's name and size, 混雑, or 中止 and why.
 */
export function previewDate(
  occurrence: OccurrenceWire,
  locale: string,
  words: { cancelled: string; crowded: string; people: (n: number) => string },
): { when: string; notes: string[] } {
  const notes: string[] = []
  if (occurrence.title) notes.push(occurrence.title)
  if (occurrence.kind === 'EVENT' && occurrence.expectedHeadcount != null) {
    notes.push(words.people(occurrence.expectedHeadcount))
  }
  if (occurrence.crowded) notes.push(words.crowded)
  if (occurrence.cancelled) {
    notes.push(
      occurrence.cancellationReason
        ? `${words.cancelled}（${occurrence.cancellationReason}）`
        : words.cancelled,
    )
  }
  return { when: formatNextDate(occurrence, locale), notes }
}
