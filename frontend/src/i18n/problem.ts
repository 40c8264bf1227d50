import { CLIENT_PROBLEM, type ApiProblem } from '../api/client'

/** The locale key (and its parameters) that words a problem for the user. */
export function problemMessage(problem: ApiProblem): {
  key: string
  params: Record<string, unknown>
} {
  switch (problem.type) {
    case CLIENT_PROBLEM.timeout:
      return { key: 'problem.timeout', params: {} }
    case CLIENT_PROBLEM.network:
      return { key: 'problem.network', params: {} }
    default:
      return { key: 'problem.generic', params: { status: problem.status } }
  }
}
