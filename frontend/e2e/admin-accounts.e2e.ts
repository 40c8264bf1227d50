import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_URL, launch, openPage, signIn } from './browser.mjs'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function canSignIn(login: string, password: string) {
  const { page, context } = await openPage(browser)
  const response = await page.request.post(`${BASE_URL}/api/v1/session`, {
    data: { login, password },
  })
  const body = response.ok() ? await response.json() : null
  await context.close()
  return { status: response.status(), mustChangePassword: body?.mustChangePassword }
}

describe('administrator: accounts and the audit log', () => {
  it('creates an organisation member, resets the password (shown once), stops the account, and finds it all in the audit log', async () => {
    const { page, context, errors } = await openPage(browser)
    await signIn(page, 'demo-admin')
    await page.goto(`${BASE_URL}/admin/accounts`)
    await page.getByRole('heading', { level: 1, name: 'アカウントとチーム' }).waitFor()

    const login = `e2e-${Date.now().toString(36)}`
    const form = page.locator('form', {
      has: page.getByRole('button', { name: 'アカウントを作る' }),
    })
    // A first try without a name: the server's error shows beside the field, the rest is kept.
    await form.getByLabel('ログインID').fill(login)
    await form.getByLabel('最初のパスワード').fill('first password 2026')
    await form.getByLabel('役割').selectOption({ label: '団体の担当者' })
    await form.getByLabel('所属する団体').selectOption({ index: 1 })
    await form.getByRole('button', { name: 'アカウントを作る' }).click()
    await form.locator('.form-field__error').first().waitFor()
    expect(await form.getByLabel('ログインID').inputValue()).toBe(login)
    await form.getByLabel('名前', { exact: true }).fill('E2E 担当者')
    await form.getByRole('button', { name: 'アカウントを作る' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `${login} を作りました` })
      .waitFor()
    expect((await canSignIn(login, 'first password 2026')).status).toBe(200)

    const card = page.locator(`li[data-login="${login}"]`)
    await card.getByRole('button', { name: `${login} のパスワードを再発行` }).click()
    const temporary = (await card.locator('.temporary').innerText()).trim()
    expect(temporary.length).toBeGreaterThanOrEqual(10)
    expect(await canSignIn(login, temporary)).toEqual({ status: 200, mustChangePassword: true })

    await card.getByRole('button', { name: `${login} の利用を止める` }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `${login} の利用を止めました` })
      .waitFor()
    await expect.poll(() => card.innerText()).toContain('利用停止中')
    expect((await canSignIn(login, temporary)).status).toBe(401)

    await page.goto(`${BASE_URL}/admin/audit`)
    await page.getByLabel('操作', { exact: true }).selectOption({ label: 'パスワード再発行' })
    await page.getByRole('button', { name: 'しぼり込む' }).click()
    await expect
      .poll(() => page.locator('tbody tr').first().innerText())
      .toContain('パスワード再発行')
    const csv = await page.getByRole('link', { name: 'CSV で書き出す' }).getAttribute('href')
    expect(csv).toContain('action=PASSWORD_RESET')
    const exported = await (await page.request.get(`${BASE_URL}${csv}`)).text()
    expect(
      exported
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .every((row) => row.includes('PASSWORD_RESET')),
    ).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})
