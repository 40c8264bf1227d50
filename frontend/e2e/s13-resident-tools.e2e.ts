import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BASE_URL,
  chomeCode,
  districtCode,
  launch,
  listIds,
  mapResults,
  openPage,
  pinIds,
  placeId,
  placeLocation,
} from './browser.mjs'

let browser: Browser
let sobue: string

beforeAll(async () => {
  browser = await launch()
  const { page, context } = await openPage(browser)
  sobue = await districtCode(page, '祖父江')
  await context.close()
})
afterAll(async () => {
  await browser?.close()
})

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b)

/** The distinct places of a search, in the API's order. */
async function apiPlaces(page: Page, query: string): Promise<number[]> {
  const response = await page.request.get(
    `${BASE_URL}/api/v1/search?${query}&includePaused=true&size=500`,
  )
  expect(response.status()).toBe(200)
  const body = await response.json()
  return [...new Set<number>(body.items.map((h: { placeId: number }) => h.placeId))]
}

async function areaId(page: Page, layer: string, code: string): Promise<number> {
  const r = await page.request.get(`${BASE_URL}/api/v1/areas?layer=${layer}&size=1000`)
  return (await r.json()).items.find((a: { code: string }) => a.code === code).id
}

describe('S13 resident map: 無料, 町丁目, near me, zoomed out, print', () => {
  it('S13 無料 keeps the places with something free to join; list and pins agree with the API', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(`${BASE_URL}/map?district=${sobue}`)
    await mapResults(page)
    const all = await listIds(page)

    await page.getByRole('checkbox', { name: '無料' }).check()
    await expect.poll(() => page.url()).toContain('free=1')
    const expected = sorted(
      await apiPlaces(page, `areaId=${await areaId(page, 'district', sobue)}&maxCostYen=0`),
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(all.length)
    await expect
      .poll(async () => sorted(await listIds(page)), { timeout: 10_000 })
      .toEqual(expected)
    await expect.poll(async () => sorted(await pinIds(page)), { timeout: 10_000 }).toEqual(expected)

    // A reload keeps the choice: it is in the URL like the other conditions.
    await page.reload()
    await mapResults(page)
    expect(await page.getByRole('checkbox', { name: '無料' }).isChecked()).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('S13 after a 地区 the resident narrows to a 町丁目, and the list and map follow', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(`${BASE_URL}/map`)
    const chomeSelect = page.getByLabel('町丁目', { exact: true })
    expect(await chomeSelect.count()).toBe(0) // nothing to narrow before a 地区 is chosen

    await page.getByLabel('地区', { exact: true }).selectOption({ value: sobue })
    await mapResults(page)
    const salon = await placeId(page, 'ふれあいサロン祖父江')
    const code = await chomeCode(page, salon)
    await chomeSelect.selectOption({ value: code })
    await expect.poll(() => page.url()).toContain(`chome=${encodeURIComponent(code)}`)

    const expected = sorted(await apiPlaces(page, `areaId=${await areaId(page, 'chome', code)}`))
    expect(expected).toContain(salon)
    await expect
      .poll(async () => sorted(await listIds(page)), { timeout: 10_000 })
      .toEqual(expected)
    await expect.poll(async () => sorted(await pinIds(page)), { timeout: 10_000 }).toEqual(expected)
    const name = await chomeSelect.locator(`option[value="${code}"]`).innerText()
    await expect.poll(() => page.locator('.results h2').innerText()).toContain(name.trim())

    // Back to the whole 地区.
    await chomeSelect.selectOption({ label: '地区全体' })
    await expect.poll(() => page.url()).not.toContain('chome=')
    expect(errors).toEqual([])
    await context.close()
  })

  it('S13 near me: asked only on the button, places within the radius nearest first, sensitive ones without a distance', async () => {
    const probe = await openPage(browser)
    const salon = await placeId(probe.page, 'ふれあいサロン祖父江')
    const here = await placeLocation(probe.page, salon)
    await probe.context.close()
    const { page, context, errors } = await openPage(browser, undefined, {
      permissions: ['geolocation'],
      geolocation: here,
    })
    await page.goto(`${BASE_URL}/map?district=${sobue}`)
    await mapResults(page)

    await page.getByLabel('さがす範囲').selectOption({ label: '1 km 以内' })
    await page.getByRole('button', { name: '現在地の近くをさがす' }).click()
    await page.getByRole('heading', { level: 2, name: /現在地から 1 km 以内/ }).waitFor()
    // The position never goes into the URL.
    expect(page.url()).not.toMatch(/lat|lon|35\.|136\./)

    const rounded = (v: number) => Math.round(v * 1000) / 1000
    const expected = await apiPlaces(
      page,
      `lat=${rounded(here.latitude)}&lon=${rounded(here.longitude)}&radiusKm=1&sort=DISTANCE`,
    )
    await expect.poll(() => listIds(page), { timeout: 10_000 }).toEqual(expected)
    expect(expected[0]).toBe(salon)
    const first = page.locator('.place-list > li').first()
    expect(await first.innerText()).toMatch(/約 0\.\d km/)
    for (const item of await page.locator('.place-list > li[data-area-only="true"]').all()) {
      expect(await item.innerText()).not.toContain('km')
    }
    await expect.poll(async () => sorted(await pinIds(page))).toEqual(sorted(expected))

    await page.getByRole('button', { name: '地区でさがす' }).click()
    await page.getByRole('heading', { level: 2, name: /祖父江/ }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('S13 near me refused: the page says so politely and the 地区 search still works', async () => {
    const { page, context } = await openPage(browser) // no geolocation permission granted
    await page.goto(`${BASE_URL}/map?district=${sobue}`)
    await mapResults(page)
    await page.getByRole('button', { name: '現在地の近くをさがす' }).click()
    // Refused (or, if the browser never answers, timed out): either way a polite way on.
    const alert = page.locator('.near-me [role="alert"]')
    await alert.waitFor({ timeout: 20_000 })
    expect(await alert.innerText()).toContain('地区を選んで')
    expect(await listIds(page)).not.toEqual([])
    await context.close()
  })

  it('S13 zoomed out the map shows counts from the tiles; Enter on one zooms back to the list pins', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(`${BASE_URL}/map?district=${sobue}`)
    await mapResults(page)
    const zoomOut = page.getByRole('button', { name: '縮小' })
    const clusters = page.locator('.area-map .map-cluster')
    const zoom = async () => Number(await page.locator('.area-map').getAttribute('data-zoom'))
    await expect.poll(zoom).toBeGreaterThanOrEqual(11)
    while ((await zoom()) >= 11) {
      const before = await zoom()
      await zoomOut.click()
      await expect.poll(zoom).toBeLessThan(before)
    }
    await expect.poll(() => clusters.count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.locator('.area-map .map-pin').count()).toBe(0)
    await page.getByText('丸の数字は、このあたりにある場所の数です').waitFor()
    const counts = await clusters.evaluateAll((els) =>
      els.map((e) => Number((e as HTMLElement).dataset.count)),
    )
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0)

    const biggest = clusters.nth(counts.indexOf(Math.max(...counts)))
    expect(await biggest.getAttribute('aria-label')).toMatch(/か所/)
    await biggest.focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('.area-map .map-pin').count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    expect(await clusters.count()).toBe(0)
    await expect.poll(async () => sorted(await pinIds(page))).toEqual(sorted(await listIds(page)))
    expect(errors).toEqual([])
    await context.close()
  })

  it('S13 print: この地区の行ける場所 lists the same places numbered, with a small map, no navigation on paper', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(`${BASE_URL}/map?district=${sobue}&day=SAT`)
    await mapResults(page)
    const onMap = await listIds(page)
    await page.getByRole('link', { name: /この一覧を印刷する/ }).click()
    await page.getByRole('heading', { level: 1, name: 'この地区の行ける場所' }).waitFor()
    await page.locator('.print-page[data-ready="true"]').waitFor()
    expect(page.url()).toContain('/map/print?')
    expect(page.url()).toContain('day=SAT')

    const printed = await page
      .locator('.entries > li')
      .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.placeId)))
    expect(printed).toEqual(onMap)
    const text = await page.locator('main').innerText()
    expect(text).toContain('祖父江')
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 現在/)
    expect(text).toContain('条件：土曜')
    expect(text).toContain('電話')
    const numbers = await page.locator('.print-map svg text').allInnerTexts()
    expect(numbers.length).toBeGreaterThan(0)

    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false)
    expect(await page.locator('.entries').isVisible()).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('S13 print: a sensitive place is printed with its 地区 only, and not drawn on the map', async () => {
    const { page, context } = await openPage(browser)
    const inazawa = await districtCode(page, '稲沢地区')
    await page.goto(`${BASE_URL}/map/print?district=${inazawa}`)
    await page.locator('.print-page[data-ready="true"]').waitFor()

    const entries = page.locator('.entries > li')
    const sensitive = page.locator('.entries > li[data-area-only="true"]')
    expect(await sensitive.count()).toBeGreaterThan(0)
    for (const entry of await sensitive.all()) {
      expect(await entry.locator('dd').first().innerText()).toBe(
        '稲沢地区内（詳しい場所は公開していません）',
      )
    }
    const drawn = await page.locator('.print-map svg text').count()
    expect(drawn).toBe((await entries.count()) - (await sensitive.count()))
    await context.close()
  })
})
