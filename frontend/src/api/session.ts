import { ApiError, api, type ApiClient } from './client'

export const ROLES = ['ADMIN', 'CSW', 'ORG_MEMBER'] as const
export type Role = (typeof ROLES)[number]

/** The signed-in account, as `/api/v1/session` returns it. */
export interface SessionWire {
  accountId: number
  login: string
  role: Role
  organizationId: number | null
  teamIds: number[]
  mustChangePassword: boolean
}

/** The signed-in account, or null when nobody is signed in (the server answers 401). */
export async function fetchSession(client: ApiClient = api): Promise<SessionWire | null> {
  try {
    return await client.get<SessionWire>('/session')
  } catch (e) {
    if (e instanceof ApiError && e.problem.status === 401) return null
    throw e
  }
}

export function signIn(
  login: string,
  password: string,
  client: ApiClient = api,
): Promise<SessionWire> {
  return client.post<SessionWire>('/session', { login, password })
}

export function signOut(client: ApiClient = api): Promise<void> {
  return client.delete<void>('/session')
}

export function changePassword(
  currentPassword: string,
  newPassword: string,
  client: ApiClient = api,
): Promise<void> {
  return client.post<void>('/session/password', { currentPassword, newPassword })
}
