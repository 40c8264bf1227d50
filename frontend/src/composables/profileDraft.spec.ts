import { describe, expect, it } from 'vitest'
import type { PersonWire } from '../api/persons'
import {
  cellsFromWindows,
  draftSlips,
  draftFromPerson,
  emptyDraft,
  profileFromDraft,
  splitTags,
  windowsFromCells,
} from './profileDraft'

describe('the week grid', () => {
  it('joins neighbouring bands of a day into one window', () => {
    expect(
      windowsFromCells(['THU:AFTERNOON', 'THU:EVENING', 'MON:MORNING', 'MON:EVENING']),
    ).toEqual([
      { weekday: 'MON', start: '06:00', end: '12:00' },
      { weekday: 'MON', start: '17:00', end: '24:00' },
      { weekday: 'THU', start: '12:00', end: '24:00' },
    ])
  })

  it('ticks the bands a window fills at least half of and says when that is not exact', () => {
    expect(cellsFromWindows([{ weekday: 'THU', start: '17:00', end: '24:00' }])).toEqual({
      cells: ['THU:EVENING'],
      exact: true,
    })
    expect(cellsFromWindows([{ weekday: 'MON', start: '17:00', end: '21:00' }])).toEqual({
      cells: ['MON:EVENING'],
      exact: false,
    })
    // 10:00–17:00 fills a third of the morning band (06:00–12:00) and all of the afternoon.
    expect(cellsFromWindows([{ weekday: 'WED', start: '10:00', end: '17:00' }])).toEqual({
      cells: ['WED:AFTERNOON'],
      exact: false,
    })
  })
})

describe('the profile form', () => {
  it('sends what was typed, with full-width digits read as numbers and empty fields as null', () => {
    const draft = emptyDraft()
    draft.age = '３４'
    draft.pastWork = ' 飲食店の厨房 '
    draft.cells = ['THU:EVENING']
    draft.reachMode = 'BICYCLE'
    draft.reachKm = '2'
    draft.homeAreaId = 7
    draft.constraints.NO_CROWDS = 'PREFER'
    draft.constraints.WHEELCHAIR = 'PREFER'
    expect(profileFromDraft(draft)).toMatchObject({
      age: 34,
      pastWork: '飲食店の厨房',
      strengths: null,
      availability: [{ weekday: 'THU', start: '17:00', end: '24:00' }],
      reach: { mode: 'BICYCLE', km: 2, minutes: null },
      home: { areaId: 7 },
      // Physical constraints are always must.
      constraints: [
        { code: 'NO_CROWDS', must: false },
        { code: 'WHEELCHAIR', must: true },
      ],
    })
  })

  it('names a typing slip in a number field instead of sending it as nothing', () => {
    const draft = emptyDraft()
    draft.age = '三十'
    draft.reachKm = '1.5'
    expect(draftSlips(draft)).toEqual(['age'])
  })

  it('keeps times the grid cannot show until the grid changes', () => {
    const person = {
      teamId: 1,
      displayName: 'A',
      availability: [{ weekday: 'WED', start: '10:00', end: '15:00' }],
      strengthTags: [],
      constraints: [{ code: 'NO_CROWDS', must: true }],
      wants: ['ROLE'],
    } as unknown as PersonWire
    const draft = draftFromPerson(person)
    expect(draft.constraints.NO_CROWDS).toBe('MUST')
    expect(profileFromDraft(draft).availability).toEqual(person.availability)
  })

  it('splits strength tags typed with 、 spaces or commas', () => {
    expect(splitTags('調理、接客 パソコン,調理')).toEqual(['調理', '接客', 'パソコン'])
  })
})
