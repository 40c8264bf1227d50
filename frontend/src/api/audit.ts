import { api, DEFAULT_BASE_URL, type ApiClient } from './client'
import type { Page } from './page'

/** One row of the append-only audit log. */
export interface AuditEventWire {
  id: number
  at: string
  actorId: number | null
  actorLogin: string | null
  action: string
  targetType: string | null
  targetId: string | null
  /** JSON text, never sensitive contents. */
  detail: string
  remoteAddress: string | null
}

/** Filters of the log; empty ones are left out. `from` and `to` are instants, `to` exclusive. */
export interface AuditFilter {
  actorId?: number
  action?: string
  targetType?: string
  targetId?: string
  from?: string
  to?: string
}

function query(filter: AuditFilter): Record<string, string | number> {
  const q: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') q[key] = value
  }
  return q
}

export function fetchAudit(
  filter: AuditFilter,
  page: number,
  size: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<Page<AuditEventWire>> {
  return client.get<Page<AuditEventWire>>('/audit', {
    signal,
    query: { ...query(filter), page, size },
  })
}

/** The same rows as CSV for a spreadsheet (UTF-8 with BOM). */
export function auditCsvUrl(filter: AuditFilter, baseUrl = DEFAULT_BASE_URL): string {
  const params = new URLSearchParams(
    Object.entries(query(filter)).map(([k, v]) => [k, String(v)] as [string, string]),
  ).toString()
  return `${baseUrl}/audit.csv${params ? `?${params}` : ''}`
}
