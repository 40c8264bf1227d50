/**
 * Writes each page of the demo at phone and desktop width to docs/screenshots/ (./deban
 * screenshots starts the app with the demo data and runs this).
 */
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { DESKTOP, PHONE, demoPages, launch, openPage, visit } from './browser.mjs'

const out = resolve(process.argv[2] ?? '../docs/screenshots')
await mkdir(out, { recursive: true })
const browser = await launch()
try {
  const first = await openPage(browser)
  const pages = await demoPages(first.page)
  await first.context.close()
  for (const [width, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ]) {
    for (const demoPage of pages) {
      const { name } = demoPage
      const { page, context } = await visit(browser, viewport, demoPage)
      // The map is a lazy chunk: wait for it by the page's name, it may not be there yet.
      const map = name.startsWith('map')
      if (map) await page.locator('.area-map .maplibregl-canvas').waitFor()
      // Let the map finish drawing: its worker tiles boundaries that arrive after the list.
      await page.waitForTimeout(map ? 2000 : 300)
      const file = `${out}/${name}-${width}.png`
      await page.screenshot({ path: file, fullPage: true })
      console.log(file)
      await context.close()
    }
  }
} finally {
  await browser.close()
}
