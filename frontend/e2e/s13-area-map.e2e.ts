import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_URL, launch, listIds, mapResults, openPage, pinIds } from './browser.mjs'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Place ids of the list, and of the pins on the map, each sorted. */
async function listAndPins(page: Page) {
  return { list: [...(await listIds(page))].sort(), pins: [...(await pinIds(page))].sort() }
}

describe('S13 area map', () => {
  it('S13 a resident without an account chooses 祖父江, filters 土曜・午前・初めて歓迎, and the list and the pins show the same places', async () => {
    const { page, context, errors } = await openPage(browser)
    await page.goto(`${BASE_URL}/`)
    await page.getByRole('link', { name: '地図と一覧で、近くの行ける場所をさがす' }).click()
    await page.getByRole('heading', { level: 1, name: '地図でさがす' }).waitFor()

    const district = page.getByLabel('地区', { exact: true })
    const sobue = district.locator('option', { hasText: '祖父江' })
    await district.selectOption({ value: (await sobue.getAttribute('value'))! })
    await mapResults(page)
    const before = await listAndPins(page)
    expect(before.list.length).toBeGreaterThan(0)
    expect(before.pins).toEqual(before.list)

    await page.getByRole('checkbox', { name: '土曜' }).check()
    await page.getByRole('radio', { name: '午前' }).check()
    await page.getByRole('checkbox', { name: '初めて歓迎' }).check()
    await expect.poll(() => page.url()).toContain('tag=FIRST_TIMERS_WELCOME')

    // The places the API finds for exactly these conditions in 祖父江 …
    const areaId = await page.evaluate(async () => {
      const r = await fetch('/api/v1/areas?layer=district&size=1000')
      return (await r.json()).items.find((a: { name: string }) => a.name.includes('祖父江')).id
    })
    const api = await (
      await page.request.get(
        `${BASE_URL}/api/v1/search?areaId=${areaId}&weekday=SAT&timeOfDay=MORNING&tag=FIRST_TIMERS_WELCOME&includePaused=true&size=500`,
      )
    ).json()
    const expected = [...new Set(api.items.map((h: { placeId: number }) => h.placeId))].sort()
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(before.list.length)
    // … are the list, and the pins on the map.
    await expect
      .poll(async () => (await listAndPins(page)).list, { timeout: 10_000 })
      .toEqual(expected)
    await expect
      .poll(async () => (await listAndPins(page)).pins, { timeout: 10_000 })
      .toEqual(expected)
    expect(errors).toEqual([])
    await context.close()
  })

  it('S13 a sensitive place shows only at 地区 level: no address, no distance, its pin at the 地区', async () => {
    const { page, context } = await openPage(browser)
    await page.goto(`${BASE_URL}/map`)
    const district = page.getByLabel('地区', { exact: true })
    await district.selectOption({ label: '稲沢地区' })
    await mapResults(page)

    const item = page.locator('.place-list > li[data-area-only="true"]').first()
    await expect.poll(() => item.count()).toBe(1)
    const text = await item.innerText()
    expect(text).toContain('地区内')
    expect(text).not.toMatch(/km|徒歩|分/)
    const id = await item.getAttribute('data-place-id')
    const pin = page.locator(`.area-map .map-pin[data-place-ids~="${id}"]`)
    await expect.poll(() => pin.getAttribute('class')).toContain('map-pin--area')
    const both = await listAndPins(page)
    expect(both.pins).toEqual(both.list)

    // Its page names the 地区 and gives no address.
    await item.getByRole('link').click()
    await page.getByRole('heading', { level: 2, name: '行き方・設備' }).waitFor()
    const page2 = await page.locator('main').innerText()
    expect(page2).toContain('稲沢地区')
    expect(page2).not.toContain('住所')
    const ld = await page.locator('script[type="application/ld+json"]').textContent()
    expect(JSON.parse(ld!).geo).toBeUndefined()
    await context.close()
  })
})
