import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError, type ApiProblem } from '../api/client'
import { fieldErrorMessage, problemMessage } from '../i18n/problem'

type Translate = (key: string, params: Record<string, unknown>) => string

/** What a failed request means for a form: one message per field, and one for the whole form. */
export interface WordedProblem {
  form: string
  fields: Record<string, string>
}

/**
 * Words a problem for a form. The server's field messages are Japanese sentences more precise
 * than any code ("ログインIDは3〜100文字です"), so Japanese shows them as they are; other languages
 * word the error from its code.
 */
export function wordProblem(problem: ApiProblem, t: Translate, locale: string): WordedProblem {
  const general = problemMessage(problem)
  const fields: Record<string, string> = {}
  for (const error of problem.errors) {
    const worded = fieldErrorMessage(error)
    const text = locale === 'ja' && error.message ? error.message : t(worded.key, worded.params)
    fields[error.field] = fields[error.field] ? `${fields[error.field]} ${text}` : text
  }
  const form =
    problem.errors.length === 0 && problem.detail && locale === 'ja' && problem.status < 500
      ? problem.detail
      : t(general.key, general.params)
  return { form, fields }
}

/**
 * A form's errors from the API, kept beside the fields they belong to. What the user typed stays
 * in the form's own state: showing an error never clears it.
 */
export function useFormErrors() {
  const { t, locale } = useI18n()
  const form = ref<string | null>(null)
  const fields = ref<Record<string, string>>({})

  function show(e: unknown) {
    if (!(e instanceof ApiError)) throw e
    const worded = wordProblem(e.problem, t, locale.value)
    form.value = worded.form
    fields.value = worded.fields
  }

  function clear() {
    form.value = null
    fields.value = {}
  }

  return { form, fields, show, clear }
}
