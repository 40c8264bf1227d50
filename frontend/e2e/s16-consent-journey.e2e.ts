import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_URL, launch, openPage, signIn } from './browser.mjs'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Calls the API as the page's signed-in account, with the session's CSRF token. */
async function post(page: Page, path: string, data: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'deban-csrf')!.value
  const response = await page.request.post(`${BASE_URL}/api/v1${path}`, {
    data,
    headers: { 'X-CSRF-Token': csrf },
  })
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201)
  return response.json()
}

describe('S16 consent first, in the CSW workspace', () => {
  it('S16 the journey cannot pass 本人同意 before the consent is recorded on its page, and the つなぐシート then holds only the consented fields', async () => {
    const { page, context, errors } = await openPage(browser)
    await signIn(page, 'demo-csw')
    const session = await (await page.request.get(`${BASE_URL}/api/v1/session`)).json()
    const person = await post(page, '/persons', {
      teamId: session.teamIds[0],
      displayName: 'S16 Bさん',
      contact: '090-0000-1616',
      strengths: '花の世話',
      availability: [{ weekday: 'TUE', start: '09:00', end: '12:00' }],
    })
    const offer = (await (await page.request.get(`${BASE_URL}/api/v1/offers?size=1`)).json())
      .items[0]
    const referral = await post(page, '/referrals', { personId: person.id, offerId: offer.id })

    await page.goto(`${BASE_URL}/csw/referrals/${referral.id}`)
    await page.getByRole('heading', { level: 1, name: `${offer.title} へのつなぎ` }).waitFor()
    await page.getByText('つなぐシートは、受入先への本人同意を記録すると作れます。').waitFor()

    // Past 本人同意 without a consent for this host: refused, and the page says why.
    await page.getByLabel('段階').selectOption('HOST_ARRANGEMENT')
    await page.getByRole('button', { name: '記録する', exact: true }).click()
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBeTruthy()
    expect(await page.locator('.host').textContent()).toContain('打診')

    // The consent, without the contact.
    await page.getByRole('checkbox', { name: '連絡先' }).uncheck()
    await page.getByRole('button', { name: '同意を記録する' }).click()
    await page.getByText(/に同意を得ています。伝える項目：/).waitFor()
    await page.getByLabel('段階').selectOption('HOST_ARRANGEMENT')
    await page.getByRole('button', { name: '記録する', exact: true }).click()
    await expect.poll(() => page.locator('.host').textContent()).toContain('受入先調整')

    await page.getByRole('link', { name: 'つなぐシートを開く' }).click()
    await page.getByRole('heading', { level: 1, name: 'つなぐシート' }).waitFor()
    const sheet = (await page.locator('.sheet').textContent()) ?? ''
    expect(sheet).toContain('S16 Bさん')
    expect(sheet).toContain('花の世話')
    expect(sheet).not.toContain('090-0000-1616')
    expect(errors).toEqual([])
    await context.close()
  })
})
