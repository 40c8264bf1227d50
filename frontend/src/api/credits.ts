import { api, type ApiClient } from './client'

/** One data source the product ships or uses, as `GET /api/v1/credits` returns it. */
export interface Credit {
  name: string
  credit: string
  licence: string
  url?: string
}

export function fetchCredits(signal?: AbortSignal, client: ApiClient = api): Promise<Credit[]> {
  return client.get<Credit[]>('/credits', { signal })
}
