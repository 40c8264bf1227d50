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

function square(lat: number, lon: number, half: number) {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon - half, lat - half],
        [lon + half, lat - half],
        [lon + half, lat + half],
        [lon - half, lat + half],
        [lon - half, lat - half],
      ],
    ],
  }
}

describe('administrator: areas and tags', () => {
  it('imports a GeoJSON layer and reads which feature was left out and why', async () => {
    const { page, context, errors } = await openPage(browser)
    await signIn(page, 'demo-admin')
    await page.goto(`${BASE_URL}/admin/areas`)
    await page.getByRole('heading', { level: 1, name: '地域の区分' }).waitFor()
    await page.locator('tbody tr', { hasText: 'district' }).first().waitFor()

    const code = `e2e-${Date.now().toString(36)}`
    const file = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'A', label: '北校区' },
          geometry: square(35.26, 136.8, 0.01),
        },
        {
          type: 'Feature',
          properties: { id: 'B', label: '南校区' },
          geometry: square(35.24, 136.8, 0.01),
        },
        {
          type: 'Feature',
          properties: { label: 'コードなし' },
          geometry: square(35.22, 136.8, 0.01),
        },
      ],
    }
    await page.getByLabel('ファイル').setInputFiles({
      name: 'school.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(file)),
    })
    await page.getByLabel('コード', { exact: true }).fill(code)
    await page.getByLabel('名前', { exact: true }).fill('E2E 小学校区')
    await page.getByLabel('コードの属性名').fill('id')
    await page.getByLabel(/名前の属性名/).fill('label')
    await page.getByRole('button', { name: '取り込む' }).click()

    const report = page.locator('.report')
    await report.waitFor()
    expect(await report.innerText()).toContain(`区分「${code}」を 2 区域で置き換えました`)
    expect(await report.innerText()).toContain('3番目')
    await expect.poll(() => page.locator('tbody tr', { hasText: code }).count()).toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('adds a tag that places can then carry, and rewords it', async () => {
    const { page, context } = await openPage(browser)
    await signIn(page, 'demo-admin')
    await page.goto(`${BASE_URL}/admin/tags`)
    await page.getByRole('heading', { level: 1, name: 'タグ' }).waitFor()
    const code = `E2E_${Date.now().toString(36).toUpperCase()}`
    const form = page.locator('form', { has: page.getByRole('button', { name: 'タグを足す' }) })
    await form.getByLabel('コード').fill(code)
    await form.getByLabel('日本語の名前').fill('静かに過ごせる')
    await form.getByLabel('英語の名前').fill('Quiet')
    await form.getByLabel('言いかえ').fill('しずか、静か')
    await form.getByRole('button', { name: 'タグを足す' }).click()
    await page.getByRole('status').filter({ hasText: '「静かに過ごせる」を保存しました' }).waitFor()

    const card = page.locator(`li[data-tag-code="${code}"]`)
    await card.getByRole('button', { name: '「静かに過ごせる」を直す' }).click()
    await card.getByLabel('日本語の名前').fill('静かな部屋あり')
    await card.getByRole('button', { name: '変更を保存する' }).click()
    await page.getByRole('status').filter({ hasText: '「静かな部屋あり」を保存しました' }).waitFor()
    const tags = await (await page.request.get(`${BASE_URL}/api/v1/tags?size=1000`)).json()
    expect(tags.items.find((t: { code: string }) => t.code === code)).toMatchObject({
      labelJa: '静かな部屋あり',
      synonyms: ['しずか', '静か'],
    })
    await context.close()
  })
})
