import type { Role } from '../api/session'

/**
 * Where each role starts after signing in. Each staff area puts its first page here when it
 * arrives; until then the role starts at the home page.
 */
const HOMES: Partial<Record<Role, string>> = {
  ORG_MEMBER: '/org',
  ADMIN: '/admin',
}

export function roleHome(role: Role): string {
  return HOMES[role] ?? '/'
}

/** A `next` address from the query, kept inside the app (no `//evil.example` redirects). */
export function safeNext(next: unknown): string | null {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : null
}
