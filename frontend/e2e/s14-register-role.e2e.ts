import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_URL, apiOf, launch, openPage, signIn, tokyoDay } from './browser.mjs'

let browser: Browser
/** The role S14 registers, for the second test. */
let offerId: number | undefined
const title = `調理ボランティア（土曜・${Date.now().toString(36)}）`

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** The next summer holidays the operator would enter: this year's, or next year's once past. */
function nextSummer() {
  const [year, month] = tokyoDay().split('-').map(Number)
  const y = month > 8 ? year + 1 : year
  return { from: `${y}-07-20`, to: `${y}-08-31` }
}

async function fillRule(
  rule: Locator,
  repeat: string,
  weeks: string[],
  start: string,
  end: string,
) {
  await rule.getByLabel('くり返し').selectOption({ label: repeat })
  for (const week of weeks) await rule.getByRole('checkbox', { name: week, exact: true }).check()
  await rule.getByRole('checkbox', { name: '土曜', exact: true }).check()
  await rule.getByLabel('始まる時刻').fill(start)
  await rule.getByLabel('終わる時刻').fill(end)
}

async function signInThroughTheForm(page: Page) {
  await page.goto(`${BASE_URL}/sign-in`)
  await page.getByLabel('ログインID').fill('demo-org')
  await page.getByLabel('パスワード').fill('demo-org-2026')
  await page.getByRole('button', { name: 'ログインする' }).click()
}

describe('S14 register a role', () => {
  it('S14 a 子ども食堂 operator registers 毎月第1・第3土曜 11:00–14:00, 夏休みは毎週土曜, capacity 3, 調理, and residents find it within 5 s', async () => {
    const { page, context, errors } = await openPage(browser)
    await signInThroughTheForm(page)
    // The operator lands in their organisation's portal.
    await page.getByRole('link', { name: '役割・活動を登録する' }).click()
    await page.getByRole('heading', { level: 1, name: '役割・活動を登録する' }).waitFor()

    await page.getByLabel('行う場所').selectOption({ label: '子ども食堂「こうのみやキッチン」' })
    await page.getByLabel('名前', { exact: true }).fill(title)
    await page.getByLabel('求める得意なこと（短いことば）').fill('調理')
    await page.getByLabel('受け入れる人数').fill('3')

    await fillRule(
      page.locator('fieldset', { has: page.locator('legend', { hasText: '日程 1' }) }).first(),
      '毎月（第何週かを選ぶ）',
      ['第1', '第3'],
      '11:00',
      '14:00',
    )

    await page.getByRole('button', { name: '期間を追加（例：夏休み）' }).click()
    const summer = nextSummer()
    await page.getByLabel('期間の名前').fill('夏休み')
    const season = page.locator('fieldset.row-card', {
      has: page.locator('legend', { hasText: '夏休み' }),
    })
    await season.getByLabel('始まる日').fill(summer.from)
    await season.getByLabel('終わる日').fill(summer.to)
    await fillRule(season.locator('fieldset.row-card').first(), '毎週', [], '11:00', '14:00')

    // The preview says it as residents will read it, before anything is saved.
    const sentence = page.getByTestId('schedule-text')
    await expect
      .poll(() => sentence.textContent(), { timeout: 5_000 })
      .toBe('毎月第1・第3土曜 11:00〜14:00。夏休み（7/20〜8/31）は毎週土曜 11:00〜14:00')
    expect(await page.getByTestId('schedule-dates').locator('li').count()).toBeGreaterThan(0)

    await page.getByRole('button', { name: '保存する', exact: true }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `「${title}」を保存しました` })
      .waitFor()
    const card = page.locator('li[data-offer-id]', { hasText: title })
    offerId = Number(await card.getAttribute('data-offer-id'))
    expect(await card.innerText()).toContain('毎月第1・第3土曜 11:00〜14:00')

    // What the server holds.
    const saved = (await apiOf(page).get(`/offers/${offerId}`)).body
    expect(saved).toMatchObject({
      title,
      capacity: 3,
      strengthTags: ['調理'],
      type: 'VOLUNTEER_ROLE',
    })
    expect(saved.schedule.rules).toEqual([
      expect.objectContaining({
        frequency: 'MONTHLY',
        weekdays: ['SAT'],
        weeksOfMonth: [1, 3],
        start: '11:00',
        end: '14:00',
      }),
    ])
    expect(saved.schedule.seasons).toEqual([
      expect.objectContaining({ name: '夏休み', from: summer.from, to: summer.to }),
    ])

    // A resident's search finds it shortly after.
    const found = async () => {
      const response = await page.request.get(
        `${BASE_URL}/api/v1/search?q=${encodeURIComponent('調理')}&size=500`,
      )
      return (await response.json()).items.some((h: { offerId: number }) => h.offerId === offerId)
    }
    await expect.poll(found, { timeout: 5_000, interval: 250 }).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('S14 another organisation’s member cannot edit it: the server refuses', async () => {
    expect(offerId).toBeDefined()
    const { page: adminPage, context: adminContext } = await openPage(browser)
    await signIn(adminPage, 'demo-admin')
    const admin = apiOf(adminPage)
    const org = await admin.post('/organizations', {
      name: `ほかの会 ${Date.now()}`,
      kind: 'RESIDENT_GROUP',
    })
    expect(org.status).toBe(201)
    const login = `other-${Date.now().toString(36)}`
    const password = 'other member password'
    const account = await admin.post('/accounts', {
      login,
      displayName: 'ほかの会の担当者',
      role: 'ORG_MEMBER',
      organizationId: org.body.id,
      teamIds: [],
      password,
    })
    expect(account.status).toBe(201)
    await adminContext.close()

    const { page, context } = await openPage(browser)
    const signedIn = await page.request.post(`${BASE_URL}/api/v1/session`, {
      data: { login, password },
    })
    expect(signedIn.status()).toBe(200)
    const other = apiOf(page)
    const offer = (await other.get(`/offers/${offerId}`)).body
    const refused = await other.put(`/offers/${offerId}`, {
      ...offer,
      title: '乗っ取り',
      capacity: 99,
    })
    expect(refused.status).toBe(403)
    expect((await other.get(`/offers/${offerId}`)).body).toMatchObject({ title, capacity: 3 })
    await context.close()
  })
})
