import { describe, expect, it } from 'vitest'
import { wordProblem } from './formErrors'

const t = (key: string, params: Record<string, unknown>) => `${key}${JSON.stringify(params)}`

describe('wordProblem', () => {
  const problem = {
    type: 'https://deban.org/problems/validation',
    title: 'Bad',
    status: 400,
    detail: '入力内容に 2 件の誤りがあります',
    errors: [
      { field: 'login', code: 'REQUIRED', message: 'ログインIDを入力してください' },
      { field: 'end', code: 'END_BEFORE_START', message: '終了は開始より後にしてください' },
    ],
  }

  it('shows the server sentence beside each field in Japanese', () => {
    const worded = wordProblem(problem, t, 'ja')
    expect(worded.fields.login).toBe('ログインIDを入力してください')
    expect(worded.fields.end).toBe('終了は開始より後にしてください')
    expect(worded.form).toBe('problem.validation{}')
  })

  it('words each field from its code in another language', () => {
    const worded = wordProblem(problem, t, 'en')
    expect(worded.fields.login).toBe('problem.field.REQUIRED{"field":"login"}')
    expect(worded.fields.end).toBe('problem.field.OTHER{"field":"end"}')
  })

  it('shows the server detail of a refusal without field errors in Japanese', () => {
    const refused = {
      type: 'https://deban.org/problems/http-401',
      title: 'Unauthorized',
      status: 401,
      detail: 'ログインIDかパスワードが違います。',
      errors: [],
    }
    expect(wordProblem(refused, t, 'ja').form).toBe('ログインIDかパスワードが違います。')
    expect(wordProblem(refused, t, 'en').form).toBe('problem.unauthorized{}')
  })
})
