import { api, type ApiClient } from './client'
import type { ProfileWire } from './persons'
import type { LocationWire } from './search'

/** A reason (proposals) or a constraint (why-not, relaxations): code, parameters, Japanese text. */
export interface FindingWire {
  code: string
  params: Record<string, unknown>
  text: string
}

export interface FittingDateWire {
  date: string
  start: string
  end: string
  headcount: number | null
}

export interface ProposalWire {
  offerId: number
  title: string
  type: string
  mode: string
  placeId: number
  placeName: string
  location: LocationWire
  organizationName: string
  score: number
  components: Record<string, number>
  reasons: FindingWire[]
  fittingDates: FittingDateWire[]
  distanceKm: number | null
  travelMinutes: number | null
}

export interface RelaxationWire {
  code: string
  count: number
  params: Record<string, unknown>
  text: string
}

export interface MatchResultWire {
  items: ProposalWire[]
  total: number
  page: number
  size: number
  relaxations: RelaxationWire[]
}

export interface WhyNotWire {
  offerId: number
  title: string
  fits: boolean
  constraints: FindingWire[]
  reasons: FindingWire[]
}

/** Who the match is for: a stored person (the read is audited) or the profile being typed. */
export type MatchSubject = { personId: number } | { profile: ProfileWire }

export function match(subject: MatchSubject, client: ApiClient = api): Promise<MatchResultWire> {
  return client.post<MatchResultWire>('/matches', subject, { query: { size: 50 } })
}

export function whyNot(
  subject: MatchSubject,
  offerId: number,
  client: ApiClient = api,
): Promise<WhyNotWire> {
  return client.post<WhyNotWire>('/matches/why-not', { ...subject, offerId })
}

/** Records an unmet need (no identity); `recorded` is false when it was already recorded. */
export function recordGap(
  subject: MatchSubject,
  client: ApiClient = api,
): Promise<{ recorded: boolean }> {
  return client.post<{ recorded: boolean }>('/gaps', subject)
}
