import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { ApiError, api, type ApiClient } from '../api/client'
import { search, type SearchResponseWire } from '../api/search'
import { toPlaceSummaries } from '../composables/placeSummaries'
import {
  emptyFilters,
  toSearchParams,
  type RadiusKm,
  type SearchFilters,
  type SearchWhere,
} from '../composables/searchFilters'
import { problemMessage, type ProblemMessage } from '../i18n/problem'

/**
 * The one search result both the map and the list show: whatever they draw comes from `places`,
 * so the pins and the list can never disagree.
 */
export const usePlaceSearchStore = defineStore('placeSearch', () => {
  const filters = ref<SearchFilters>(emptyFilters())
  /**
   * The resident's position while they search near it: in memory only (never in the URL or
   * storage), sent only with the search, forgotten when they choose an area again.
   */
  const near = ref<{ lat: number; lon: number } | null>(null)
  const radiusKm = ref<RadiusKm>(2)
  const response = shallowRef<SearchResponseWire | null>(null)
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  const error = ref<ProblemMessage | null>(null)
  let controller: AbortController | null = null

  const places = computed(() => toPlaceSummaries(response.value?.items ?? []))
  /** More hits matched than one page carries: the list says so. */
  const truncated = computed(
    () => (response.value?.total ?? 0) > (response.value?.items.length ?? 0),
  )

  /** Where the next search looks: around the resident when they asked for it, else the area. */
  function where(areaId: number | null): SearchWhere | null {
    if (near.value) return { near: near.value, radiusKm: radiusKm.value }
    return areaId === null ? null : { areaId }
  }

  /** Searches with the current filters; a newer search cancels an older one. */
  async function run(where: SearchWhere, client: ApiClient = api): Promise<void> {
    controller?.abort()
    const mine = new AbortController()
    controller = mine
    status.value = 'loading'
    error.value = null
    try {
      response.value = await search(toSearchParams(filters.value, where), mine.signal, client)
      status.value = 'ready'
    } catch (e) {
      if (mine.signal.aborted) return
      error.value =
        e instanceof ApiError ? problemMessage(e.problem) : { key: 'problem.network', params: {} }
      status.value = 'error'
    }
  }

  function clear() {
    controller?.abort()
    response.value = null
    status.value = 'idle'
    error.value = null
  }

  return {
    filters,
    near,
    radiusKm,
    response,
    status,
    error,
    places,
    truncated,
    where,
    run,
    clear,
  }
})
