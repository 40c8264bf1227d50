import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_URL, launch, openPage } from './browser.mjs'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('staff sign-in', () => {
  it('a staff page asks for sign-in, keeps the login after a wrong password, and returns to the page after signing in', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(`${BASE_URL}/account/password`)
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor()
    expect(new URL(page.url()).searchParams.get('next')).toBe('/account/password')

    await page.getByLabel('ログインID').fill('demo-csw')
    await page.getByLabel('パスワード').fill('wrong-password-1')
    await page.getByRole('button', { name: 'ログインする' }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('ログインIDかパスワードが違います')
    expect(await page.getByLabel('ログインID').inputValue()).toBe('demo-csw')

    await page.getByLabel('パスワード').fill('demo-csw-2026')
    await page.getByRole('button', { name: 'ログインする' }).click()
    await page.getByRole('heading', { level: 1, name: 'パスワードの変更' }).waitFor()
    const menu = page.getByRole('navigation', { name: 'アカウント' })
    await expect.poll(() => menu.textContent()).toContain('demo-csw')

    await menu.getByRole('button', { name: 'ログアウト' }).click()
    await menu.getByRole('link', { name: '職員ログイン' }).waitFor()
    const session = await page.request.get(`${BASE_URL}/api/v1/session`)
    expect(session.status()).toBe(401)
    expect(errors).toEqual([])
    await context.close()
  })
})
