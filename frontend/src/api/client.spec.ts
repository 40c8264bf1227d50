import { describe, expect, it } from 'vitest'
import { ApiError, CLIENT_PROBLEM, createApiClient } from './client'

function respond(status: number, body: unknown, contentType: string): typeof fetch {
  return async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': contentType },
    })
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (e) {
    if (e instanceof ApiError) return e
    throw e
  }
  throw new Error('expected the request to fail')
}

describe('api client', () => {
  it('turns a problem+json 400 into an ApiProblem with field errors', async () => {
    const client = createApiClient({
      fetch: respond(
        400,
        {
          type: 'https://deban.org/problems/validation',
          title: '入力内容に誤りがあります',
          status: 400,
          detail: '入力内容に 2 件の誤りがあります',
          errors: [
            { field: 'name', code: 'REQUIRED', message: 'must not be blank' },
            { field: 'location.lat', code: 'OUT_OF_RANGE', message: 'must be within Japan' },
          ],
        },
        'application/problem+json',
      ),
    })

    const error = await caught(client.request('/places', { method: 'POST', body: {} }))

    expect(error.problem).toEqual({
      type: 'https://deban.org/problems/validation',
      title: '入力内容に誤りがあります',
      status: 400,
      detail: '入力内容に 2 件の誤りがあります',
      errors: [
        { field: 'name', code: 'REQUIRED', message: 'must not be blank' },
        { field: 'location.lat', code: 'OUT_OF_RANGE', message: 'must be within Japan' },
      ],
    })
  })

  it('gives a plain HTTP problem when the error body is not JSON', async () => {
    const client = createApiClient({ fetch: respond(502, '<html>Bad Gateway</html>', 'text/html') })

    const error = await caught(client.get('/credits'))

    expect(error.problem).toMatchObject({ type: CLIENT_PROBLEM.http, status: 502, errors: [] })
  })

  it('requests under /api/v1 with the query string and returns the JSON body', async () => {
    const seen: string[] = []
    const client = createApiClient({
      fetch: async (input) => {
        seen.push(String(input))
        return new Response('[{"name":"n"}]', { headers: { 'Content-Type': 'application/json' } })
      },
    })

    const body = await client.get<{ name: string }[]>('/places', {
      query: { page: 0, q: undefined },
    })

    expect(seen).toEqual(['/api/v1/places?page=0'])
    expect(body).toEqual([{ name: 'n' }])
  })

  it('sends the session CSRF token and a JSON body on writes, never on reads', async () => {
    const seen: { method?: string; headers: Record<string, string>; body?: unknown }[] = []
    const client = createApiClient({
      csrfToken: () => 'tok',
      fetch: async (_input, init) => {
        seen.push({
          method: init?.method,
          headers: init?.headers as Record<string, string>,
          body: init?.body,
        })
        return new Response(null, { status: 204 })
      },
    })

    await client.get('/session')
    await client.post('/persons', { name: 'A' })
    await client.delete('/session')

    expect(seen[0].headers['X-CSRF-Token']).toBeUndefined()
    expect(seen[1]).toMatchObject({
      method: 'POST',
      headers: { 'X-CSRF-Token': 'tok', 'Content-Type': 'application/json' },
      body: '{"name":"A"}',
    })
    expect(seen[2]).toMatchObject({ method: 'DELETE', headers: { 'X-CSRF-Token': 'tok' } })
  })

  it('aborts a request that outlives its timeout', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        )
      })
    const client = createApiClient({ fetch: hanging, timeoutMs: 10 })

    const error = await caught(client.get('/credits'))

    expect(error.problem).toMatchObject({ type: CLIENT_PROBLEM.timeout, status: 0 })
  })
})
