/** The API's one list shape: `{"items": [...], "total": N, "page": P, "size": S}`. */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}
