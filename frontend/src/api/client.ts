/**
 * The one HTTP client for the backend's API (`/api/v1`). Every failure — an error response, a
 * timeout, a network error — reaches callers as an {@link ApiError} carrying an RFC 9457
 * {@link ApiProblem}, so pages translate problem `type`s and field-error `code`s through i18n
 * instead of showing server wording.
 */

export interface FieldError {
  field: string
  /** Stable code such as `REQUIRED`, `OUT_OF_RANGE`, `INVALID_FORMAT`; locales word it. */
  code: string
  message: string
}

export interface ApiProblem {
  type: string
  title: string
  /** HTTP status; 0 when no response arrived (timeout, network). */
  status: number
  detail?: string
  errors: FieldError[]
}

/** Problem types the client makes up itself when no problem document arrived. */
export const CLIENT_PROBLEM = {
  timeout: 'urn:deban:client:timeout',
  network: 'urn:deban:client:network',
  /** The server answered with an error that is not problem+json (e.g. a proxy's HTML page). */
  http: 'about:blank',
} as const

export class ApiError extends Error {
  readonly problem: ApiProblem

  constructor(problem: ApiProblem) {
    super(`${problem.status} ${problem.title}`)
    this.name = 'ApiError'
    this.problem = problem
  }
}

export interface ApiClientOptions {
  baseUrl?: string
  timeoutMs?: number
  /** Injected in tests. */
  fetch?: typeof fetch
  /** Where writes find the session's CSRF token; the `deban-csrf` cookie unless injected. */
  csrfToken?: () => string | undefined
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Sent as JSON. */
  body?: unknown
  /** Sent as it is, with `contentType` (e.g. a GeoJSON text or a spreadsheet the user chose). */
  rawBody?: string | Blob
  contentType?: string
  query?: Record<string, string | number | boolean | undefined>
  signal?: AbortSignal
  timeoutMs?: number
  /** Media type wanted, for resources that are not plain JSON (e.g. `application/geo+json`). */
  accept?: string
}

type WriteOptions = Omit<RequestOptions, 'method' | 'body' | 'rawBody'>

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>
  get<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>
  post<T>(path: string, body?: unknown, options?: WriteOptions): Promise<T>
  put<T>(path: string, body?: unknown, options?: WriteOptions): Promise<T>
  patch<T>(path: string, body?: unknown, options?: WriteOptions): Promise<T>
  delete<T>(path: string, options?: WriteOptions): Promise<T>
}

/** The session's CSRF token: the backend sets it in this cookie and wants it back in the header. */
export const CSRF_COOKIE = 'deban-csrf'
export const CSRF_HEADER = 'X-CSRF-Token'

function csrfCookie(): string | undefined {
  if (typeof document === 'undefined') return undefined
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === CSRF_COOKIE && value.length > 0) return decodeURIComponent(value.join('='))
  }
  return undefined
}

export const DEFAULT_BASE_URL = '/api/v1'
export const DEFAULT_TIMEOUT_MS = 15_000

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '')
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const csrfToken = options.csrfToken ?? csrfCookie

  async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, opts.timeoutMs ?? defaultTimeout)
    // Follow the caller's signal too (e.g. a page that unmounts); AbortSignal.any is too new
    // for some of the browsers residents use.
    const onCallerAbort = () => controller.abort()
    opts.signal?.addEventListener('abort', onCallerAbort, { once: true })
    if (opts.signal?.aborted) controller.abort()

    const headers: Record<string, string> = {
      Accept: `${opts.accept ?? 'application/json'}, application/problem+json`,
    }
    const method = opts.method ?? 'GET'
    if (method !== 'GET') {
      const token = csrfToken()
      if (token) headers[CSRF_HEADER] = token
    }
    let body: string | Blob | undefined
    if (opts.rawBody !== undefined) {
      headers['Content-Type'] = opts.contentType ?? 'text/plain'
      body = opts.rawBody
    } else if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(opts.body)
    }

    try {
      let response: Response
      try {
        response = await doFetch(buildUrl(baseUrl, path, opts.query), {
          method,
          headers,
          body,
          signal: controller.signal,
        })
      } catch (cause) {
        if (timedOut) {
          throw new ApiError(clientProblem(CLIENT_PROBLEM.timeout, 'Request timed out'))
        }
        if (opts.signal?.aborted) throw cause // the caller gave up: not an API failure
        throw new ApiError(clientProblem(CLIENT_PROBLEM.network, 'Network error'))
      }
      if (!response.ok) throw new ApiError(await readProblem(response))
      if (response.status === 204) return undefined as T
      return (await response.json()) as T
    } finally {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onCallerAbort)
    }
  }

  return {
    request,
    get: (path, opts) => request(path, { ...opts, method: 'GET' }),
    post: (path, body, opts) => request(path, { ...opts, method: 'POST', body }),
    put: (path, body, opts) => request(path, { ...opts, method: 'PUT', body }),
    patch: (path, body, opts) => request(path, { ...opts, method: 'PATCH', body }),
    delete: (path, opts) => request(path, { ...opts, method: 'DELETE' }),
  }
}

function buildUrl(baseUrl: string, path: string, query?: RequestOptions['query']): string {
  const url = `${baseUrl}/${path.replace(/^\/+/, '')}`
  if (!query) return url
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${url}?${qs}` : url
}

function clientProblem(type: string, title: string): ApiProblem {
  return { type, title, status: 0, errors: [] }
}

/** Reads an error response as a problem document; anything else becomes a plain HTTP problem. */
export async function readProblem(response: Response): Promise<ApiProblem> {
  const fallback: ApiProblem = {
    type: CLIENT_PROBLEM.http,
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    errors: [],
  }
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return fallback
  let json: unknown
  try {
    json = await response.json()
  } catch {
    return fallback
  }
  if (!isRecord(json)) return fallback
  return {
    type: str(json.type) ?? CLIENT_PROBLEM.http,
    title: str(json.title) ?? fallback.title,
    status: typeof json.status === 'number' ? json.status : response.status,
    detail: str(json.detail),
    errors: Array.isArray(json.errors) ? json.errors.filter(isRecord).map(toFieldError) : [],
  }
}

function toFieldError(e: Record<string, unknown>): FieldError {
  return { field: str(e.field) ?? '', code: str(e.code) ?? '', message: str(e.message) ?? '' }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export const api = createApiClient()
