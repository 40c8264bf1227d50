import { CLIENT_PROBLEM, type ApiProblem, type FieldError } from '../api/client'

/** A locale key and its parameters: how a problem is worded for the user. */
export interface ProblemMessage {
  key: string
  params: Record<string, unknown>
}

const PROBLEM_BASE = 'https://deban.org/problems/'

/** The problem types the backend documents, by the locale key that words them. */
const KNOWN: Record<string, string> = {
  [`${PROBLEM_BASE}validation`]: 'problem.validation',
  [`${PROBLEM_BASE}not-found`]: 'problem.notFound',
  [`${PROBLEM_BASE}conflict`]: 'problem.conflict',
  [`${PROBLEM_BASE}bad-request`]: 'problem.badRequest',
  [`${PROBLEM_BASE}internal`]: 'problem.internal',
  [`${PROBLEM_BASE}http-401`]: 'problem.unauthorized',
  [`${PROBLEM_BASE}http-403`]: 'problem.forbidden',
  [CLIENT_PROBLEM.timeout]: 'problem.timeout',
  [CLIENT_PROBLEM.network]: 'problem.network',
}

/** The locale key (and its parameters) that words a problem for the user. */
export function problemMessage(problem: ApiProblem): ProblemMessage {
  const key = KNOWN[problem.type]
  if (key) return { key, params: {} }
  if (problem.status === 404) return { key: 'problem.notFound', params: {} }
  return { key: 'problem.generic', params: { status: problem.status } }
}

const FIELD_CODES = ['REQUIRED', 'OUT_OF_RANGE', 'INVALID_FORMAT'] as const

/** A field error worded from its code, so every locale can say it; unknown codes fall back. */
export function fieldErrorMessage(error: FieldError): ProblemMessage {
  const code = (FIELD_CODES as readonly string[]).includes(error.code) ? error.code : 'OTHER'
  return { key: `problem.field.${code}`, params: { field: error.field } }
}
