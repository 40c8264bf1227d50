import { api, type ApiClient } from './client'
import type { Page } from './page'
import type { Weekday } from './search'

export type TravelMode = 'WALK' | 'BICYCLE' | 'BUS' | 'CAR'
export const LIMITATIONS = [
  'NO_CROWDS',
  'PREFERS_NOT_TO_TALK',
  'NEEDS_COMPANION_FIRST_TIME',
  'WHEELCHAIR',
  'NO_STAIRS',
] as const
export type Limitation = (typeof LIMITATIONS)[number]
/** Physical constraints are always must: the server stores them so whatever is sent. */
export const PHYSICAL_LIMITATIONS: readonly Limitation[] = ['WHEELCHAIR', 'NO_STAIRS']
export const WANTS = ['PLACE_TO_BE', 'ROLE', 'WORK_EXPERIENCE', 'AT_HOME'] as const
export type Want = (typeof WANTS)[number]

/** `{"weekday": "THU", "start": "17:00", "end": "21:00"}`; `end` may be `24:00`. */
export interface TimeWindowWire {
  weekday: Weekday
  start: string
  end: string
}

export interface ReachWire {
  mode: TravelMode
  minutes: number | null
  km: number | null
}

/** Home: a 地区 or 町丁目 (`areaId`), or a labelled point such as the nearest station. */
export interface HomeWire {
  areaId: number | null
  areaName?: string | null
  lat: number | null
  lon: number | null
  label: string | null
}

export interface PersonConstraintWire {
  code: Limitation
  must: boolean
}

/** A profile as the CSW types it: the body of `POST/PUT /persons` and the unsaved profile of a match. */
export interface ProfileWire {
  teamId?: number | null
  displayName?: string | null
  nameKana?: string | null
  contact?: string | null
  age: number | null
  strengths: string | null
  interests: string | null
  strengthTags: string[]
  pastWork: string | null
  availability: TimeWindowWire[]
  reach: ReachWire | null
  home: HomeWire | null
  constraints: PersonConstraintWire[]
  wants: Want[]
  closedOn?: string | null
}

/** A person's record, as `GET /persons/{id}` returns it (every read is audited). */
export interface PersonWire extends ProfileWire {
  id: number
  teamId: number
  displayName: string
  assignedAccountId: number | null
  sharedWith: { teamId: number; teamName: string; basis: string; decidedOn: string }[]
  ledger: {
    received: { id: number; what: string; providerName: string | null; on: string }[]
    given: { referralId: number; offerTitle: string; organizationName: string; step: string }[]
  }
  updatedAt: string
}

/** A line of the caseload, as `GET /persons` lists it. */
export interface PersonSummaryWire {
  id: number
  displayName: string
  teamId: number
  assignedAccountId: number | null
  homeAreaName: string | null
  closedOn: string | null
}

export interface TeamWire {
  id: number
  name: string
  kind: string
}

export async function fetchCaseload(client: ApiClient = api): Promise<PersonSummaryWire[]> {
  return (await client.get<Page<PersonSummaryWire>>('/persons', { query: { size: 1000 } })).items
}

export function fetchPerson(id: number, client: ApiClient = api): Promise<PersonWire> {
  return client.get<PersonWire>(`/persons/${id}`)
}

export function createPerson(profile: ProfileWire, client: ApiClient = api): Promise<PersonWire> {
  return client.post<PersonWire>('/persons', profile)
}

export function updatePerson(
  id: number,
  profile: ProfileWire,
  client: ApiClient = api,
): Promise<PersonWire> {
  return client.put<PersonWire>(`/persons/${id}`, profile)
}

export async function fetchTeams(client: ApiClient = api): Promise<TeamWire[]> {
  return (await client.get<Page<TeamWire>>('/teams', { query: { size: 1000 } })).items
}
