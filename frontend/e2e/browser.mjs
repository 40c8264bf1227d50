/**
 * Debian's Chromium driven by playwright-core: no browser is ever downloaded. The app under test
 * is at DEBAN_E2E_URL (./deban test and ./deban screenshots start one with the demo data).
 */
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.DEBAN_E2E_URL ?? 'http://localhost:8080').replace(/\/$/, '')

export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1280, height: 900 }

export function launch() {
  return chromium.launch({
    executablePath: process.env.DEBAN_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * A page that reaches nothing but the app: the base map's tile server is refused, as it is on a
 * machine without internet, so the map must still show Deban's own layers.
 */
export async function openPage(browser, viewport = DESKTOP, options = {}) {
  const context = await browser.newContext({
    viewport,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    ...options,
  })
  // Only http(s): MapLibre starts its worker from a blob: URL, which must stay allowed.
  await context.route(
    (url) => url.protocol.startsWith('http') && !url.href.startsWith(BASE_URL),
    (route) => route.abort(),
  )
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { page, context, errors }
}

/**
 * Signs the page's browser context in as a demo account (the README lists them; each demo
 * password is the login followed by -2026), as the sign-in page would.
 */
export async function signIn(page, login) {
  const response = await page.request.post(`${BASE_URL}/api/v1/session`, {
    data: { login, password: `${login}-2026` },
  })
  if (!response.ok()) throw new Error(`sign-in as ${login} failed: ${response.status()}`)
}

/**
 * The API as the page's signed-in account, CSRF header included (writes need it), for a test's
 * set-up and for checking what the server holds or refuses.
 */
export function apiOf(page) {
  async function call(method, path, data) {
    const csrf = (await page.context().cookies()).find((c) => c.name === 'deban-csrf')?.value
    const response = await page.request.fetch(`${BASE_URL}/api/v1${path}`, {
      method,
      data,
      headers: csrf && method !== 'GET' ? { 'X-CSRF-Token': csrf } : {},
    })
    const text = await response.text()
    return {
      status: response.status(),
      body: text && text.startsWith('{') ? JSON.parse(text) : text,
    }
  }
  return {
    get: (path) => call('GET', path),
    post: (path, data) => call('POST', path, data ?? {}),
    put: (path, data) => call('PUT', path, data),
  }
}

/** Today in Japan, YYYY-MM-DD, shifted by a number of days. */
export function tokyoDay(offsetDays = 0) {
  const at = new Date(Date.now() + offsetDays * 86_400_000)
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(at)
}

/**
 * Opens one of the demo pages below: signed in first when the page is for staff (`as`), then
 * waits for its heading.
 */
export async function visit(browser, viewport, { path, as, near }) {
  const opened = await openPage(
    browser,
    viewport,
    near ? { permissions: ['geolocation'], geolocation: near } : {},
  )
  if (as) await signIn(opened.page, as)
  await opened.page.goto(`${BASE_URL}${path}`)
  await opened.page.locator('main h1').waitFor()
  if (near) {
    // The position is asked for only on the button, as a resident would press it.
    await settled(opened.page)
    await opened.page.getByRole('button', { name: '現在地の近くをさがす' }).click()
    await opened.page.locator('.near-me [role="status"]', { hasText: '近い順' }).waitFor()
  }
  await settled(opened.page)
  return opened
}

/**
 * The demo's routes, each with a name for its screenshot files; staff pages name the demo account
 * that opens them (`as`); `near` is the browser's position for a search near it.
 */
export async function demoPages(page) {
  const sobue = await districtCode(page, '祖父江')
  const salon = await placeId(page, 'ふれあいサロン祖父江')
  return [
    { name: 'home', path: '/' },
    { name: 'map', path: `/map?district=${sobue}` },
    {
      name: 'map-filtered',
      path: `/map?district=${sobue}&day=SAT&time=MORNING&tag=FIRST_TIMERS_WELCOME`,
    },
    {
      name: 'map-chome-free',
      path: `/map?district=${sobue}&chome=${encodeURIComponent(await chomeCode(page, salon))}&free=1`,
    },
    { name: 'map-near-me', path: `/map?district=${sobue}`, near: await placeLocation(page, salon) },
    { name: 'print', path: `/map/print?district=${sobue}` },
    { name: 'place', path: `/places/${salon}` },
    { name: 'credits', path: '/credits' },
    { name: 'sign-in', path: '/sign-in' },
    ...(await staffPages(page)),
    // Last: it signs the page in as the demo CSW.
    ...(await cswPages(page)),
  ]
}

/** The organisation portal (as demo-org, whose organisation runs こうのみやキッチン) and the administrator's screens. */
async function staffPages(page) {
  const kitchen = await placeId(page, '子ども食堂「こうのみやキッチン」')
  const offers = await page.request.get(`${BASE_URL}/api/v1/offers?placeId=${kitchen}&size=5`)
  const offer = (await offers.json()).items[0].id
  const org = { as: 'demo-org' }
  const admin = { as: 'demo-admin' }
  return [
    { name: 'org-home', path: '/org', ...org },
    { name: 'org-offer-new', path: `/org/offers/new?place=${kitchen}`, ...org },
    { name: 'org-offer-edit', path: `/org/offers/${offer}`, ...org },
    { name: 'org-place-edit', path: `/org/places/${kitchen}`, ...org },
    { name: 'org-referrals', path: '/org/referrals', ...org },
    { name: 'org-import', path: '/org/import', ...org },
    { name: 'admin-home', path: '/admin', ...admin },
    { name: 'admin-accounts', path: '/admin/accounts', ...admin },
    { name: 'admin-areas', path: '/admin/areas', ...admin },
    { name: 'admin-tags', path: '/admin/tags', ...admin },
    { name: 'admin-stale', path: '/admin/stale', ...admin },
    { name: 'admin-audit', path: '/admin/audit', ...admin },
  ]
}

export async function districtCode(page, name) {
  const response = await page.request.get(`${BASE_URL}/api/v1/areas?layer=district&size=1000`)
  const area = (await response.json()).items.find((a) => a.name.includes(name))
  if (!area) throw new Error(`no 地区 named ${name} in the demo data`)
  return area.code
}

/** A place's point as the browser's geolocation takes it. */
export async function placeLocation(page, placeId) {
  const response = await page.request.get(`${BASE_URL}/api/v1/places/${placeId}`)
  const { lat, lon } = (await response.json()).location
  return { latitude: lat, longitude: lon }
}

/** The code of the 町丁目 a place lies in (from the place's own areas). */
export async function chomeCode(page, placeId) {
  const response = await page.request.get(`${BASE_URL}/api/v1/places/${placeId}`)
  const chome = (await response.json()).areas.find((a) => a.kind === 'CHOME')
  if (!chome) throw new Error(`place ${placeId} lies in no 町丁目 of the demo data`)
  return chome.code
}

export async function placeId(page, name) {
  const response = await page.request.get(
    `${BASE_URL}/api/v1/search?q=${encodeURIComponent(name)}&includePaused=true&size=20`,
  )
  const hit = (await response.json()).items.find((h) => h.placeName === name)
  if (!hit) throw new Error(`no place named ${name} in the demo data`)
  return hit.placeId
}

/** Place ids of the list, in its order. */
export function listIds(page) {
  return page
    .locator('.place-list > li')
    .evaluateAll((els) => els.map((e) => Number(e.dataset.placeId)))
}

/** Place ids of the map's pins (a pin may carry several places at one point). */
export function pinIds(page) {
  return page
    .locator('.area-map .map-pin')
    .evaluateAll((els) => els.flatMap((e) => (e.dataset.placeIds ?? '').split(' ').map(Number)))
}

/**
 * Waits until the map page shows a result: its count, and the map with the 地区 boundaries (drawn
 * although no base-map tile can load, as openPage refuses them).
 */
export async function mapResults(page) {
  await page.locator('.results h2 .count').waitFor()
  await page.locator('.area-map[data-areas="shown"] .maplibregl-canvas').waitFor()
}

/** The CSW workspace's pages, with the demo CSW's invented persons and their referral. */
async function cswPages(page) {
  await signIn(page, 'demo-csw')
  const get = async (path) => (await page.request.get(`${BASE_URL}/api/v1${path}`)).json()
  const persons = (await get('/persons?size=100')).items
  const referral = (await get('/referrals?size=100')).items[0]
  const as = 'demo-csw'
  return [
    { name: 'csw-caseload', path: '/csw', as },
    { name: 'csw-consult', path: '/csw/consult', as },
    { name: 'csw-person', path: `/csw/persons/${persons[0].id}`, as },
    { name: 'csw-journey', path: `/csw/referrals/${referral.id}`, as },
    { name: 'csw-card', path: `/csw/card/${referral.offer.id}`, as },
    { name: 'csw-gaps', path: '/csw/gaps', as },
  ]
}

/** Waits until the page has loaded what it shows: no loading message left, the map drawn. */
export async function settled(page) {
  await page.locator('main h1').waitFor()
  await page.waitForFunction(
    () => !/読み込んで|さがしています/.test(document.querySelector('main')?.textContent ?? ''),
  )
  // The map is a lazy chunk that may not be on the page yet: wait for it on the map page.
  if (new URL(page.url()).pathname === '/map') {
    await page.locator('.area-map[data-areas="shown"] .maplibregl-canvas').waitFor()
  }
  if (await page.locator('.point-picker').count()) {
    await page.locator('.point-picker[data-ready] .maplibregl-canvas').waitFor()
  }
  if (await page.locator('.print-page').count()) {
    await page.locator('.print-page[data-ready="true"]').waitFor()
  }
  await page.waitForTimeout(300)
}
