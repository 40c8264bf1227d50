import { api, type ApiClient } from './client'
import type { Page } from './page'

/** An organisation, as `GET /api/v1/organizations` lists it (the fields the portal reads). */
export interface OrganizationWire {
  id: number
  name: string
  kind: string
}

export function fetchOrganization(
  id: number,
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<OrganizationWire> {
  return client.get<OrganizationWire>(`/organizations/${encodeURIComponent(id)}`, { signal })
}

export async function fetchOrganizations(
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<OrganizationWire[]> {
  return (
    await client.get<Page<OrganizationWire>>('/organizations', { signal, query: { size: 1000 } })
  ).items
}
