import { api, type ApiClient } from './client'
import type { Page } from './page'

export const PERSON_FIELDS = [
  'NAME',
  'CONTACT',
  'AGE',
  'STRENGTHS',
  'PAST_WORK',
  'AVAILABILITY',
  'CONSTRAINTS',
  'WANTS',
  'HOME_AREA',
] as const
export type PersonField = (typeof PERSON_FIELDS)[number]

export interface ConsentWire {
  id: number
  personId: number
  purpose: string
  recipientOrganizationId: number | null
  recipientTeamId: number | null
  recipientName: string
  fields: PersonField[]
  givenOn: string
  method: 'WRITTEN' | 'VERBAL' | 'OTHER'
  withdrawnOn: string | null
  valid: boolean
}

export interface ConsentRequestWire {
  personId: number
  purpose: string
  recipientOrganizationId: number
  fields: PersonField[]
  givenOn: string
  method: 'WRITTEN' | 'VERBAL' | 'OTHER'
}

export async function fetchConsents(
  personId: number,
  client: ApiClient = api,
): Promise<ConsentWire[]> {
  return (await client.get<Page<ConsentWire>>('/consents', { query: { personId, size: 1000 } }))
    .items
}

export function recordConsent(
  consent: ConsentRequestWire,
  client: ApiClient = api,
): Promise<ConsentWire> {
  return client.post<ConsentWire>('/consents', consent)
}
