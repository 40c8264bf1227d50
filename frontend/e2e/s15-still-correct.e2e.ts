import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_URL, apiOf, launch, openPage, signIn, tokyoDay } from './browser.mjs'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** A place of the organisation last confirmed 200 days ago, registered through the API. */
async function stalePlace(page: Page, organizationId: number, name: string) {
  const created = await apiOf(page).post('/places', {
    organizationId,
    name,
    kind: 'COMMUNITY_DINER',
    description: '月に一度の食堂です。',
    address: '稲沢市国府宮一丁目',
    location: { lat: 35.2443, lon: 136.7972 },
    tags: ['FIRST_TIMERS_WELCOME'],
    lastConfirmedOn: tokyoDay(-200),
  })
  expect(created.status).toBe(201)
  return created.body as { id: number; lastConfirmedOn: string; stale: boolean }
}

/** Everything but the confirmation: what confirming must leave as it was. */
function unchangedPart(place: Record<string, unknown>) {
  const { lastConfirmedOn: _date, stale: _stale, updatedAt: _at, ...rest } = place
  return rest
}

async function confirmIn(page: Page, place: { id: number }, name: string) {
  const item = page.locator(`.stale li[data-place-id="${place.id}"]`)
  await item.waitFor()
  const [y, m, d] = tokyoDay(-200).split('-').map(Number)
  expect(await item.innerText()).toContain(`最後に確認した日：${y}年${m}月${d}日`)
  const before = (await apiOf(page).get(`/places/${place.id}`)).body
  await item.getByRole('button', { name: `「${name}」はこのままで正しい` }).click()
  await page
    .getByRole('status')
    .filter({ hasText: `「${name}」を確認しました` })
    .waitFor()
  await expect.poll(() => item.count()).toBe(0)
  const after = (await apiOf(page).get(`/places/${place.id}`)).body
  expect(after.lastConfirmedOn).toBe(tokyoDay())
  expect(after.stale).toBe(false)
  expect(unchangedPart(after)).toEqual(unchangedPart(before))
}

describe('S15 still correct?', () => {
  it('S15 a place not confirmed for 183 days is listed in its organisation’s portal, and confirming changes only its date', async () => {
    const { page, context, errors } = await openPage(browser)
    await signIn(page, 'demo-org')
    const session = (await apiOf(page).get('/session')).body
    const name = `まだ正しい？食堂 ${Date.now().toString(36)}`
    const place = await stalePlace(page, session.organizationId, name)
    expect(place.stale).toBe(true)

    await page.goto(`${BASE_URL}/org`)
    await page.getByRole('heading', { level: 2, name: /まだ正しいですか？/ }).waitFor()
    await confirmIn(page, place, name)
    expect(errors).toEqual([])
    await context.close()
  })

  it('S15 the administrator sees stale places across the city and confirms one', async () => {
    const { page, context } = await openPage(browser)
    await signIn(page, 'demo-admin')
    const organizations = (await apiOf(page).get('/organizations?size=100')).body.items
    const name = `市の確認待ち ${Date.now().toString(36)}`
    const place = await stalePlace(page, organizations[organizations.length - 1].id, name)

    await page.goto(`${BASE_URL}/admin/stale`)
    await page.getByRole('heading', { level: 1, name: '確認待ちの場所（市内全体）' }).waitFor()
    // The demo's own stale places of other organisations are there too.
    await page.locator('.stale li', { hasText: '目比サロン「わかば」' }).waitFor()
    await confirmIn(page, place, name)
    await context.close()
  })
})
