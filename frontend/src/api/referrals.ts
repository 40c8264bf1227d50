import { api, type ApiClient } from './client'
import type { Page } from './page'

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

/** A referral to one of the organisation's offers, as its host reads it. */
export interface ReferralWire {
  id: number
  /** Present for the host only when the person consented to share it. */
  person: DisclosedPersonWire | null
  offer: { id: number; title: string; placeName: string; organizationName: string }
  step: string
  stepOn: string
  steps: { step: string; on: string }[]
}

export interface AttendanceWire {
  on: string
  attended: boolean
  note: string | null
}

export async function fetchReferrals(
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<ReferralWire[]> {
  return (await client.get<Page<ReferralWire>>('/referrals', { signal, query: { size: 500 } }))
    .items
}

export async function fetchAttendance(
  referralId: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<AttendanceWire[]> {
  return (
    await client.get<Page<AttendanceWire>>(
      `/referrals/${encodeURIComponent(referralId)}/attendance`,
      {
        signal,
        query: { size: 100 },
      },
    )
  ).items
}

/** Records one session; recording the same date again replaces it. */
export function recordAttendance(
  referralId: number,
  entry: AttendanceWire,
  client: ApiClient = api,
): Promise<AttendanceWire> {
  return client.post<AttendanceWire>(
    `/referrals/${encodeURIComponent(referralId)}/attendance`,
    entry,
  )
}
