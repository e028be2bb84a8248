// The byte budget of what the browser really fetches (`npm run test:budget`, in `npm test` after
// the build): serves dist/ under a sub-path, opens a fresh first visit in each language in Chromium,
// counts every response the page requests until its network is idle (HTML, scripts, texts, its own
// prefetches), each body gzipped (level 9, as a static host would serve it), and fails when a visit
// is over its limit.
//
// To add a budget: append to BUDGETS a { name, limitKiB, measure } whose `measure(context)`
// returns the responses' gzipped bytes (see firstVisit); it is printed and enforced like the others.
import { existsSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { chromium } from '@playwright/test'
import { CHROMIUM_PATH, PLAYWRIGHT_CHROMIUM_ARGS } from './chromium.mjs'

const BASE_PATH = '/budget/'

/** A free port of 127.0.0.1. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/**
 * A first visit (fresh context: empty cache and storage) to `search` in `locale`: the gzipped
 * size of every response until the network is idle, per URL.
 */
async function firstVisit(browser, origin, search, locale) {
  const context = await browser.newContext({ locale })
  const page = await context.newPage()
  const sizes = new Map()
  page.on('response', (response) => {
    // The service worker and what it precaches come after the first question is usable, once the
    // browser is idle (src/pwa/register.ts): the offline copy has a budget of its own (below).
    const request = response.request()
    if (request.serviceWorker() || new URL(response.url()).pathname.endsWith('/sw.js')) return
    sizes.set(
      response.url(),
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0, // a response with no body (a redirect)
      ),
    )
  })
  await page.goto(`${origin}${BASE_PATH}${search}`, { waitUntil: 'networkidle' })
  const files = await Promise.all(
    [...sizes].map(async ([url, size]) => ({ url: new URL(url).pathname, bytes: await size })),
  )
  await context.close()
  return files
}

/**
 * The offline copy: after a first visit, every file the service worker has put in its caches, and
 * sw.js itself, each as the server sends it, gzipped.
 */
async function precache(browser, origin) {
  const context = await browser.newContext({ locale: 'en-GB' })
  const page = await context.newPage()
  await page.goto(`${origin}${BASE_PATH}`)
  // In the page (hence globalThis): the worker's script and every URL in its caches.
  const cached = await page.evaluate(async () => {
    const registration = await globalThis.navigator.serviceWorker.ready
    const urls = [registration.active.scriptURL]
    for (const name of await globalThis.caches.keys())
      for (const request of await (await globalThis.caches.open(name)).keys())
        urls.push(request.url)
    return urls
  })
  const files = await Promise.all(
    cached.map(async (url) => {
      const body = await (await context.request.get(url)).body()
      return { url: new URL(url).pathname, bytes: gzipSync(body, { level: 9 }).length }
    }),
  )
  await context.close()
  return files
}

/** The budgets: each visit's gzipped total at most `limitKiB`. */
const BUDGETS = [
  {
    name: 'First visit in English (everything fetched until network idle)',
    limitKiB: 100,
    measure: (browser, origin) => firstVisit(browser, origin, '', 'en-GB'),
  },
  {
    name: 'First visit in Chinese (everything fetched until network idle)',
    limitKiB: 100,
    measure: (browser, origin) => firstVisit(browser, origin, '?lang=zh-CN', 'zh-CN'),
  },
  {
    name: 'Offline copy (service worker and its precache, fetched once the first question is usable)',
    limitKiB: 150,
    measure: precache,
  },
]

if (!existsSync(CHROMIUM_PATH)) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: the byte budget needs it`
  if (process.env.CI) throw new Error(message)
  console.log(`${message}; skipped`)
  process.exit(0)
}
const port = await freePort()
const server = spawn(process.execPath, ['scripts/serve-subpath.mjs', String(port), BASE_PATH], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((resolve) => server.stdout.once('data', resolve))
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...PLAYWRIGHT_CHROMIUM_ARGS],
})
let failed = false
try {
  for (const budget of BUDGETS) {
    const files = await budget.measure(browser, `http://127.0.0.1:${port}`)
    const total = files.reduce((sum, f) => sum + f.bytes, 0)
    const ok = total <= budget.limitKiB * 1024
    failed ||= !ok
    console.log(
      `${ok ? '✓' : '✗'} ${budget.name}: ${(total / 1024).toFixed(2)} KiB gzip of ${budget.limitKiB} KiB, ${files.length} responses`,
    )
    for (const f of files)
      console.log(`    ${(f.bytes / 1024).toFixed(2).padStart(7)} KiB  ${f.url}`)
  }
} finally {
  await browser.close()
  server.kill()
}
if (failed) process.exit(1)
