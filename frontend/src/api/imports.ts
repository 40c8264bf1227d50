import { api, type ApiClient } from './client'
import type { FieldError } from './client'
import type { Page } from './page'

export interface ImportRowWire {
  /** As a spreadsheet numbers it (the header is row 1). */
  row: number
  status: 'OK' | 'ERROR' | 'DUPLICATE'
  name: string
  address: string | null
  wouldCreate: { kind: string; offerTitle: string; offerType: string; schedule: string } | null
  /** `field` is the file's own column header. */
  errors: FieldError[]
  warnings: string[]
  placeId: number | null
}

/** An import (or, with no id, a preview that wrote nothing), its progress and every row's fate. */
export interface ImportWire {
  id: number | null
  organizationId: number
  layout: string
  encoding: string | null
  fileName: string | null
  status: 'PREVIEW' | 'RUNNING' | 'DONE' | 'FAILED' | 'UNDONE'
  rowsTotal: number
  rowsDone: number
  counts: { ok: number; errors: number; duplicates: number; warnings: number }
  createdAt: string | null
  rows: ImportRowWire[]
}

export interface UndoWire {
  id: number
  removed: number
  kept: { row: number; placeId: number; reason: string }[]
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Sends a CSV or .xlsx file; `dryRun` previews it without writing anything. */
export function importFile(
  organizationId: number,
  file: File,
  dryRun: boolean,
  client: ApiClient = api,
): Promise<ImportWire> {
  const xlsx = file.name.toLowerCase().endsWith('.xlsx')
  return client.request<ImportWire>('/imports', {
    method: 'POST',
    rawBody: file,
    contentType: xlsx ? XLSX : 'text/csv',
    query: { organizationId, dryRun, fileName: file.name },
    timeoutMs: 300_000,
  })
}

export async function fetchImports(
  organizationId: number,
  client: ApiClient = api,
): Promise<ImportWire[]> {
  return (await client.get<Page<ImportWire>>('/imports', { query: { organizationId, size: 50 } }))
    .items
}

export function undoImport(id: number, client: ApiClient = api): Promise<UndoWire> {
  return client.delete<UndoWire>(`/imports/${id}`)
}
