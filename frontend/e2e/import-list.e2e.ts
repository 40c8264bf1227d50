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

/** A 子ども食堂一覧 as Tokyo municipalities publish it: two good rows and one with a bad time. */
function kodomoShokudoList(suffix: string): string {
  const header = ['全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '住所', '緯度', '経度']
    .concat(['開催曜日', '開催開始時間', '開催終了時間', '参加条件'])
    .join(',')
  const row = (id: number, name: string, lat: number, start: string) =>
    ['232203', `K${id}`, '愛知県稲沢市', `${name}${suffix}`, `愛知県稲沢市稲府町${id}`, lat, 136.78]
      .concat(['毎週水曜', start, '19:00', 'どなたでも'])
      .join(',')
  return [
    header,
    row(1, 'みんなの食堂', 35.241, '17:00'),
    row(2, '水曜食堂', 35.242, '１７時'),
    row(3, '時間の読めない食堂', 35.243, 'ゆうがた'),
  ].join('\r\n')
}

describe('import of an existing list', () => {
  it('an organisation checks a 子ども食堂一覧, imports the good rows, sees the bad one with its column and reason, and undoes the import', async () => {
    const { page, context, errors } = await openPage(browser)
    await signIn(page, 'demo-org')
    await page.goto(`${BASE_URL}/org/import`)
    await page.getByRole('heading', { level: 1, name: '一覧表から取り込む' }).waitFor()
    const suffix = ` ${Date.now().toString(36)}`
    await page.getByLabel('取り込むファイル（CSV または .xlsx）').setInputFiles({
      name: 'kodomo-shokudo.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(kodomoShokudoList(suffix), 'utf8'),
    })
    await page.getByRole('button', { name: '内容を確かめる（まだ登録しません）' }).click()
    await page.getByRole('heading', { name: '確認の結果（まだ登録していません）' }).waitFor()
    expect(await page.locator('.counts').textContent()).toContain(
      '3 行のうち、登録できる行 2、直す必要のある行 1',
    )
    const bad = page.locator('tr', { hasText: `時間の読めない食堂${suffix}` })
    expect(await bad.textContent()).toContain('開催開始時間')

    await page.getByRole('button', { name: 'よい 2 行を登録する' }).click()
    await page.getByRole('heading', { name: '登録しました' }).waitFor()
    // Imported through the same services as the portal: residents find it in search.
    const titles = async () => {
      const r = await page.request.get(
        `${BASE_URL}/api/v1/search?q=${encodeURIComponent(`水曜食堂${suffix}`)}&size=5`,
      )
      return (await r.json()).items.map((h: { placeName: string }) => h.placeName)
    }
    await expect.poll(titles, { timeout: 10_000 }).toContain(`水曜食堂${suffix}`)

    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'この取り込みを取り消す' }).first().click()
    await page.getByText(/2 件を取り消しました/).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
