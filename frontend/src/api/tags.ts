import { api, type ApiClient } from './client'
import type { Page } from './page'

export type TagCategory = 'ATMOSPHERE' | 'ACCESS' | 'AUDIENCE'

/** One term of the vocabulary, e.g. NO_TALKING_NEEDED 話さなくてOK. */
export interface TagWire {
  code: string
  category: TagCategory | string
  labelJa: string
  labelEn: string
  synonyms: string[]
}

export async function fetchTags(signal?: AbortSignal, client: ApiClient = api): Promise<TagWire[]> {
  return (await client.get<Page<TagWire>>('/tags', { signal, query: { size: 1000 } })).items
}

/** A term as an administrator adds or rewords it; the code is fixed once created. */
export interface TagRequestWire {
  code: string
  category: TagCategory
  labelJa: string
  labelEn: string
  synonyms: string[]
}

export function createTag(tag: TagRequestWire, client: ApiClient = api): Promise<TagWire> {
  return client.post<TagWire>('/tags', tag)
}

export function updateTag(code: string, tag: TagRequestWire, client: ApiClient = api) {
  return client.put<TagWire>(`/tags/${encodeURIComponent(code)}`, tag)
}
