import { api, type ApiClient } from './client'
import type { Page } from './page'

/** One area of the gap map: what is on offer against the unmet needs recorded. */
export interface AreaGapWire {
  areaId: number
  code: string
  name: string
  offersByType: Record<string, number>
  /** Keys such as `MON_MORNING`: distinct offers with a session in the coming 8 weeks. */
  offersByWeekdayAndTime: Record<string, number>
  needsByTimeOfDay: Record<string, number>
  needs: number
  /** e.g. 夕方・夜の活動がない。夕方・夜の要望 5 件. */
  notes: string[]
}

export async function fetchGapMap(
  filter: { layer?: string; city?: string; from?: string; to?: string },
  client: ApiClient = api,
): Promise<AreaGapWire[]> {
  return (await client.get<Page<AreaGapWire>>('/gaps/map', { query: { ...filter, size: 1000 } }))
    .items
}
