import { describe, expect, it } from 'vitest'
import type { OccurrenceWire } from '../api/offers'
import {
  draftToSchedule,
  emptyDraft,
  monthDayToWire,
  newRule,
  previewDate,
  scheduleToDraft,
  type ScheduleDraft,
} from './scheduleDraft'

/** S14: 毎月第1・第3土曜 11:00–14:00, 夏休み (7/20–8/31) は毎週土曜. */
function s14(): ScheduleDraft {
  const draft = emptyDraft()
  draft.rules = [
    {
      ...newRule(),
      repeat: 'MONTHLY',
      weekdays: ['SAT'],
      weeksOfMonth: [3, 1],
      start: '11:00',
      end: '14:00',
    },
  ]
  draft.seasons = [
    {
      name: '夏休み',
      from: '2026-07-20',
      to: '2026-08-31',
      closed: false,
      rules: [{ ...newRule(), repeat: 'WEEKLY', weekdays: ['SAT'], start: '11:00', end: '14:00' }],
    },
  ]
  return draft
}

describe('schedule draft → request', () => {
  it('S14 the operator’s 第1・第3土曜 and 夏休みは毎週土曜 become the API’s rules and season', () => {
    expect(draftToSchedule(s14())).toEqual({
      rules: [
        {
          frequency: 'MONTHLY',
          interval: 1,
          weekdays: ['SAT'],
          weeksOfMonth: [1, 3],
          anchor: null,
          start: '11:00',
          end: '14:00',
        },
      ],
      seasons: [
        {
          name: '夏休み',
          from: '2026-07-20',
          to: '2026-08-31',
          rules: [
            {
              frequency: 'WEEKLY',
              interval: 1,
              weekdays: ['SAT'],
              weeksOfMonth: [],
              anchor: null,
              start: '11:00',
              end: '14:00',
            },
          ],
        },
      ],
      closedOnHolidays: false,
      closures: [],
      cancellations: [],
      events: [],
      validFrom: null,
      validUntil: null,
    })
  })

  it('隔月 keeps its anchor and 最終 comes after the numbered weeks; 毎週 drops weeks of the month', () => {
    const draft = emptyDraft()
    draft.rules = [
      {
        repeat: 'BIMONTHLY',
        weekdays: ['SUN', 'WED'],
        weeksOfMonth: [-1, 2],
        anchor: '2026-01-10',
        start: '10:00',
        end: '12:00',
      },
      {
        ...newRule(),
        repeat: 'WEEKLY',
        weekdays: ['MON'],
        weeksOfMonth: [2],
        anchor: '2026-01-01',
      },
    ]
    const [bimonthly, weekly] = draftToSchedule(draft).rules
    expect(bimonthly).toMatchObject({
      frequency: 'MONTHLY',
      interval: 2,
      weekdays: ['WED', 'SUN'],
      weeksOfMonth: [2, -1],
      anchor: '2026-01-10',
    })
    expect(weekly).toMatchObject({ weeksOfMonth: [], anchor: null, interval: 1 })
  })

  it('祝日休み, 年末年始 typed as 12/29, a cancellation with its reason and an event day with its headcount', () => {
    const draft = emptyDraft()
    draft.closedOnHolidays = true
    draft.closures = [{ name: ' 年末年始 ', from: '１２/２９', to: '1月3日' }]
    draft.cancellations = [{ date: '2026-09-05', reason: ' 台風接近のため ' }]
    draft.events = [
      {
        date: '2026-12-19',
        start: '10:00',
        end: '14:00',
        title: 'クリスマス会',
        expectedHeadcount: '８０',
      },
      { date: '2026-12-26', start: '10:00', end: '12:00', title: ' ', expectedHeadcount: '' },
    ]
    const schedule = draftToSchedule(draft)
    expect(schedule.closedOnHolidays).toBe(true)
    expect(schedule.closures).toEqual([{ name: '年末年始', from: '12-29', to: '01-03' }])
    expect(schedule.cancellations).toEqual([{ date: '2026-09-05', reason: '台風接近のため' }])
    expect(schedule.events).toEqual([
      {
        date: '2026-12-19',
        start: '10:00',
        end: '14:00',
        title: 'クリスマス会',
        expectedHeadcount: 80,
      },
      { date: '2026-12-26', start: '10:00', end: '12:00', title: null, expectedHeadcount: null },
    ])
  })

  it('keeps every row, even an unfinished one, so the server’s errors point at the right row', () => {
    const draft = emptyDraft()
    draft.rules.push(newRule())
    draft.closures = [{ name: '', from: 'そのうち', to: '' }]
    const schedule = draftToSchedule(draft)
    expect(schedule.rules).toHaveLength(2)
    expect(schedule.closures[0].from).toBe('そのうち')
  })

  it('a season closed for the whole period has no rules', () => {
    const draft = s14()
    draft.seasons[0].closed = true
    expect(draftToSchedule(draft).seasons[0].rules).toEqual([])
  })

  it('comes back unchanged from the API’s schedule', () => {
    const draft = s14()
    draft.closures = [{ name: '年末年始', from: '12/29', to: '1/3' }]
    draft.events = [
      { date: '2026-12-19', start: '10:00', end: '14:00', title: '会', expectedHeadcount: '40' },
    ]
    const wire = draftToSchedule(draft)
    expect(draftToSchedule(scheduleToDraft(wire))).toEqual(wire)
    expect(scheduleToDraft(wire).closures[0]).toMatchObject({ from: '12/29', to: '1/3' })
  })
})

describe('monthDayToWire', () => {
  it.each([
    ['12/29', '12-29'],
    ['1/3', '01-03'],
    ['８月１３日', '08-13'],
    ['12-31', '12-31'],
    ['大晦日', '大晦日'],
  ])('%s → %s', (typed, wire) => expect(monthDayToWire(typed)).toBe(wire))
})

describe('preview of the next dates', () => {
  const words = { cancelled: '中止', crowded: '混雑', people: (n: number) => `約${n}人` }
  const base: OccurrenceWire = {
    date: '2026-07-04',
    start: '11:00',
    end: '14:00',
    kind: 'REGULAR',
    title: null,
    expectedHeadcount: null,
    crowded: false,
    cancelled: false,
    cancellationReason: null,
  }

  it('says the day, weekday and times as residents read them', () => {
    expect(previewDate(base, 'ja', words)).toEqual({ when: '7月4日(土) 11:00〜14:00', notes: [] })
  })

  it('names an event with its size and crowd, and a cancellation with its reason', () => {
    const event = {
      ...base,
      kind: 'EVENT',
      title: 'クリスマス会',
      expectedHeadcount: 80,
      crowded: true,
    }
    expect(previewDate(event, 'ja', words).notes).toEqual(['クリスマス会', '約80人', '混雑'])
    const cancelled = { ...base, cancelled: true, cancellationReason: '台風' }
    expect(previewDate(cancelled, 'ja', words).notes).toEqual(['中止（台風）'])
  })
})
