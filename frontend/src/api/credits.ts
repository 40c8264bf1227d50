import { api, type ApiClient } from './client'

/** One data source the product ships or uses, as `GET /api/v1/credits` returns it. */
export interface Credit {
  name: string
  credit: string
  licence: string
  url?: string
}

/** The API's one list shape. */
interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export async function fetchCredits(
  signal?: AbortSignal,
  client: ApiClient = api,
): Promise<Credit[]> {
  const page = await client.get<Page<Credit>>('/credits', { signal })
  return page.items
}
