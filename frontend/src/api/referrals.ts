import { api, type ApiClient } from './client'
import type { Page } from './page'

export const STEPS = [
  'SOUNDING_OUT',
  'CONSENT',
  'HOST_ARRANGEMENT',
  'VISIT',
  'TRIAL',
  'PARTICIPATING',
  'SETTLED',
  'GRADUATED',
] as const
export type Step = (typeof STEPS)[number] | 'SUSPENDED' | 'ENDED'

/**
 * What a host may see of a person: exactly the fields the person consented to share, the others
 * absent (not even empty).
 */
export interface DisclosedPersonWire {
  fields: string[]
  displayName?: string
  nameKana?: string
  contact?: string
  age?: number
  strengths?: string
  interests?: string
  strengthTags?: string[]
  pastWork?: string
  availability?: { weekday: string; start: string; end: string }[]
  /** e.g. NO_CROWDS, WHEELCHAIR; `must` when it rules offers out. */
  constraints?: { code: string; must: boolean }[]
  /** PLACE_TO_BE, ROLE, WORK_EXPERIENCE, AT_HOME. */
  wants?: string[]
  homeArea?: string
}

/**
 * A referral: the CSW reads it whole (the person's name, steps, follow-ups, alerts); the host
 * reads its offer and steps, and `person` with the consented fields only.
 */
export interface ReferralWire {
  id: number
  personId: number
  personName: string | null
  person: DisclosedPersonWire | null
  offer: {
    id: number
    title: string
    type: string
    placeId: number
    placeName: string
    organizationId: number
    organizationName: string
  }
  step: Step
  stepOn: string
  suspendedFrom: Step | null
  steps: {
    step: Step
    on: string
    note: string | null
    accompanied: boolean
    reason: string | null
    by: string | null
  }[]
  followUps: { kind: string; dueOn: string; doneOn: string | null; note: string | null }[]
  alerts: { code: string; text: string; since: string }[]
  consentId: number | null
}

export interface AttendanceWire {
  on: string
  attended: boolean
  note: string | null
}

export interface SheetWire {
  referralId: number
  issuedOn: string
  issuedBy: string
  host: {
    organizationId: number
    name: string
    contactPerson: string | null
    contactPhone: string | null
    contactEmail: string | null
  }
  offer: ReferralWire['offer']
  step: Step
  consent: { id: number; purpose: string; givenOn: string; method: string; fields: string[] }
  person: DisclosedPersonWire
}

/** The CSW's teams' referrals, or the host organisation's consented ones. */
export async function fetchReferrals(
  filter: { personId?: number; attention?: boolean } = {},
  client: ApiClient = api,
): Promise<ReferralWire[]> {
  return (await client.get<Page<ReferralWire>>('/referrals', { query: { ...filter, size: 1000 } }))
    .items
}

export function fetchReferral(id: number, client: ApiClient = api): Promise<ReferralWire> {
  return client.get<ReferralWire>(`/referrals/${id}`)
}

export function startReferral(
  personId: number,
  offerId: number,
  client: ApiClient = api,
): Promise<ReferralWire> {
  return client.post<ReferralWire>('/referrals', { personId, offerId })
}

export function moveReferral(
  id: number,
  move: { step: Step; on?: string; note?: string; accompanied?: boolean; reason?: string },
  client: ApiClient = api,
): Promise<ReferralWire> {
  return client.post<ReferralWire>(`/referrals/${id}/steps`, move)
}

export function followUpDone(
  id: number,
  kind: string,
  note: string | undefined,
  client: ApiClient = api,
): Promise<ReferralWire> {
  return client.put<ReferralWire>(`/referrals/${id}/follow-ups/${kind}`, { note })
}

export async function fetchAttendance(
  id: number,
  client: ApiClient = api,
): Promise<AttendanceWire[]> {
  return (await client.get<Page<AttendanceWire>>(`/referrals/${id}/attendance`)).items
}

export function fetchSheet(id: number, client: ApiClient = api): Promise<SheetWire> {
  return client.get<SheetWire>(`/referrals/${id}/sheet`)
}

/** The host records one session; recording the same date again replaces it. */
export function recordAttendance(
  referralId: number,
  entry: AttendanceWire,
  client: ApiClient = api,
): Promise<AttendanceWire> {
  return client.post<AttendanceWire>(`/referrals/${referralId}/attendance`, entry)
}
