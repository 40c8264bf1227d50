import type { Role } from '../api/session'

/** Where each role starts after signing in. */
const HOMES: Record<Role, string> = {
  CSW: '/csw',
  ORG_MEMBER: '/org',
  ADMIN: '/admin',
}

export function roleHome(role: Role): string {
  return HOMES[role]
}

/** A `next` address from the query, kept inside the app (no `//evil.example` redirects). */
export function safeNext(next: unknown): string | null {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : null
}
