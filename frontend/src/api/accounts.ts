import { api, type ApiClient } from './client'
import type { Page } from './page'
import type { Role } from './session'

/** An account as administrators list it (never its password). */
export interface AccountWire {
  id: number
  login: string
  displayName: string
  role: Role
  organizationId: number | null
  teamIds: number[]
  active: boolean
  locked: boolean
  mustChangePassword: boolean
}

export interface NewAccountWire {
  login: string
  displayName: string
  role: Role
  organizationId: number | null
  teamIds: number[]
  password: string
}

export interface AccountChangeWire {
  displayName: string
  role: Role
  organizationId: number | null
  teamIds: number[]
  active: boolean
}

export interface TeamWire {
  id: number
  name: string
  kind: string
  retentionMonths: number | null
}

export const TEAM_KINDS = ['DISTRICT', 'COMPREHENSIVE_SUPPORT', 'SELF_RELIANCE', 'OTHER'] as const

export async function fetchAccounts(signal?: AbortSignal, client: ApiClient = api) {
  return (await client.get<Page<AccountWire>>('/accounts', { signal, query: { size: 1000 } })).items
}

export function createAccount(account: NewAccountWire, client: ApiClient = api) {
  return client.post<{ id: number }>('/accounts', account)
}

/** Role, organisation, teams, active: a permission change (the account signs in again). */
export function updateAccount(id: number, change: AccountChangeWire, client: ApiClient = api) {
  return client.put<AccountWire>(`/accounts/${encodeURIComponent(id)}`, change)
}

/** A temporary password to hand over; it must be changed at the next sign-in. */
export function resetPassword(id: number, client: ApiClient = api) {
  return client.post<{ temporaryPassword: string }>(
    `/accounts/${encodeURIComponent(id)}/password-reset`,
  )
}

export async function fetchTeams(signal?: AbortSignal, client: ApiClient = api) {
  return (await client.get<Page<TeamWire>>('/teams', { signal, query: { size: 1000 } })).items
}

export function createTeam(name: string, kind: string, client: ApiClient = api) {
  return client.post<TeamWire>('/teams', { name, kind })
}
