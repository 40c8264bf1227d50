import { api, type ApiClient } from './client'
import type { Page } from './page'

/** One data source the product ships or uses, as `GET /api/v1/credits` returns it. */
export interface Credit {
  name: string
  credit: string
  licence: string
  url?: string
}

export async function fetchCredits(
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<Credit[]> {
  const page = await client.get<Page<Credit>>('/credits', { signal })
  return page.items
}
