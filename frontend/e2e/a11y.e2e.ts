import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DESKTOP, PHONE, demoPages, launch, openPage, visit } from './browser.mjs'

let browser: Browser
let pages: {
  name: string
  path: string
  as?: string
  near?: { latitude: number; longitude: number }
}[]

beforeAll(async () => {
  browser = await launch()
  const { page, context } = await openPage(browser)
  pages = await demoPages(page)
  await context.close()
})
afterAll(async () => {
  await browser?.close()
})

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const [width, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`has no serious or critical violation on any page (${width})`, async () => {
      const found: string[] = []
      for (const demoPage of pages) {
        const { name } = demoPage
        const { page, context } = await visit(browser, viewport, demoPage)
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
        const everything = await new AxeBuilder({ page })
          .withTags(tags)
          .disableRules(['target-size'])
          .analyze()
        // Target size (2.5.8) for everything but the map's pins: pins of places a few metres apart overlap on a
        // phone, and 2.5.8's "equivalent" exception covers them — each place is also a full-size link in the list
        // below the map, which is the page's accessible view.
        const targets = await new AxeBuilder({ page })
          .withRules(['target-size'])
          .exclude('.map-pin')
          .analyze()
        for (const v of [...everything.violations, ...targets.violations]) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            found.push(`${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target).join(' | ')}`)
          }
        }
        await context.close()
      }
      expect(found).toEqual([])
    }, 600_000) // every demo page, staff pages included, with two axe runs each
  }
})
