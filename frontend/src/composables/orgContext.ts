import { computed } from 'vue'
import { useRoute } from 'vue-router'
import { useSessionStore } from '../stores/session'

/**
 * Which organisation the portal shows: a member's own; for an administrator, the one named in
 * `?organization=` (administrators may open any organisation's portal). The server checks every
 * write against the account either way.
 */
export function useOrgContext() {
  const route = useRoute()
  const session = useSessionStore()
  const organizationId = computed<number | null>(() => {
    const account = session.account
    if (!account) return null
    if (account.role === 'ORG_MEMBER') return account.organizationId
    const asked = Number(route.query.organization)
    return Number.isInteger(asked) && asked > 0 ? asked : null
  })
  const isAdmin = computed(() => session.account?.role === 'ADMIN')

  /** A portal address that keeps the administrator's choice of organisation. */
  function link(path: string, query: Record<string, string | number> = {}) {
    const all: Record<string, string> = {}
    for (const [k, v] of Object.entries(query)) all[k] = String(v)
    if (isAdmin.value && organizationId.value) all.organization = String(organizationId.value)
    return { path, query: all }
  }

  return { organizationId, isAdmin, link }
}
