// Security (issue 4): the Content-Security-Policy of the production build, no request to another
// origin, no CSP violation, nothing stored but the language, and hostile URLs that never crash the
// page nor run a script.
import { createHash } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import {
  GPT4_CASE,
  LANGS,
  LOCALE_STORAGE_KEY,
  appSearch,
  completeWithPointer,
  expectVerdict,
  openApp,
  t,
  waitForApp,
} from './helpers'

// With the service worker, as a visitor has it: its script and what it serves obey the policy too.
test.use({ serviceWorkers: 'allow' })

/** Records CSP violations (event and console) in every document the page loads. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void })
        .__reportCspViolation
      report?.(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      )
    })
  })
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(`console: ${m.text()}`)
  })
  return violations
}

test('the production index.html starts with a strict CSP and sends no referrer', async ({
  page,
  request,
}) => {
  const response = await request.get('./')
  expect(response.ok()).toBe(true)
  const html = await response.text()
  await page.goto('about:blank')
  // Parsed, not run: DOMParser executes nothing.
  const head = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html')
    const first = doc.head.firstElementChild
    return {
      first: first
        ? {
            tag: first.tagName.toLowerCase(),
            httpEquiv: first.getAttribute('http-equiv'),
            content: first.getAttribute('content'),
          }
        : null,
      referrer: doc.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
      inlineScripts: [...doc.querySelectorAll('script:not([src])')].map(
        (el) => el.textContent ?? '',
      ),
      inlineStyles: [...doc.querySelectorAll('style')].map((el) => el.textContent ?? ''),
      styleAttributes: doc.querySelectorAll('[style]').length,
      externalUrls: [...doc.querySelectorAll('[src], [href]')]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//i.test(url)),
    }
  }, html)

  expect(head.first?.tag).toBe('meta')
  expect(head.first?.httpEquiv?.toLowerCase()).toBe('content-security-policy')
  const csp = head.first?.content ?? ''
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/)
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  )
  expect(directives.get('default-src')).toEqual(["'none'"])
  // Own origin, plus the hash of each inline script and style of the page (the boot script and the
  // styles, inlined so nothing but the HTML stands before the first paint, and the no-script
  // style inside <noscript>), and nothing else.
  const hashes = (texts: string[]) =>
    texts.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`)
  expect(head.inlineScripts).toHaveLength(1)
  expect(head.inlineStyles).toHaveLength(2)
  expect(directives.get('script-src')).toEqual(["'self'", ...hashes(head.inlineScripts)])
  expect(directives.get('style-src')).toEqual(["'self'", ...hashes(head.inlineStyles)])
  expect(directives.get('base-uri')).toEqual(["'none'"])
  // The offline copy: the service worker and the web app manifest, from the app's own folder only.
  expect(directives.get('worker-src')).toEqual(["'self'"])
  expect(directives.get('manifest-src')).toEqual(["'self'"])
  for (const [name, values] of directives) {
    for (const value of values)
      expect(value, `${name} allows another origin`).not.toMatch(/^\*$|^https?:|^\/\/|^\*\./)
  }
  expect(head.referrer).toBe('no-referrer')
  expect(head.styleAttributes).toBe(0)
  expect(head.externalUrls).toEqual([])

  // The running app keeps the policy first in <head>.
  await openApp(page, 'en')
  expect(
    await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv')),
  ).toBe('Content-Security-Policy')
})

for (const lang of LANGS) {
  test(`no request to another origin, no CSP violation, nothing stored but the language (${lang})`, async ({
    page,
    context,
  }, testInfo) => {
    const violations = await watchCsp(page)
    const origin = new URL(testInfo.project.use.baseURL!).origin
    const foreign: string[] = []
    page.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:'))
        foreign.push(`${r.method()} ${url}`)
    })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])

    await openApp(page, lang)
    await completeWithPointer(page, lang, GPT4_CASE.answers, testInfo)
    await expectVerdict(page, lang, 'gpt-4')
    for (const summary of await page.locator('details > summary').all()) await summary.click()
    await page.getByRole('button', { name: t(lang, 'actions.copyLink') }).click()
    await page.getByRole('button', { name: t(lang, 'actions.copySummary') }).click()
    const other = lang === 'en' ? 'zh-CN' : 'en'
    await page.getByRole('link', { name: t(lang, `language.names.${other}`), exact: true }).click()
    await expectVerdict(page, other, 'gpt-4')
    await page
      .getByRole('link', { name: new RegExp(`^${t(other, 'actions.change')}`) })
      .first()
      .click()
    await page.goto(appSearch(lang, 'result', GPT4_CASE.answers))
    await expectVerdict(page, lang, 'gpt-4')
    await page.getByRole('link', { name: t(lang, 'actions.startAgain') }).click()
    await expect(page.locator('h1:visible')).toContainText(t(lang, 'model:questions.uses.title'))

    expect(foreign, 'requests to another origin').toEqual([])
    expect(violations, 'CSP violations').toEqual([])
    const stored = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookie: document.cookie,
    }))
    expect(
      stored.local.every((key) => key === LOCALE_STORAGE_KEY),
      `local storage keys: ${stored.local.join(', ')}`,
    ).toBe(true)
    expect(stored.session).toEqual([])
    expect(stored.cookie).toBe('')
    expect(await context.cookies()).toEqual([])
  })
}

// ---------------------------------------------------------------------------------------------
// Hostile URLs (issue 4.7)

/** Script payloads: each would set `window.__xss` and open a dialog if it ever ran. */
const PAYLOADS = [
  '<script>window.__xss=1;alert(1)</script>',
  '"><img src=x onerror="window.__xss=1;alert(1)">',
  "'><svg/onload=window.__xss=1;alert(1)>",
  'javascript:window.__xss=1;alert(1)',
  "{{constructor.constructor('window.__xss=1;alert(1)')()}}",
  '</title><script>window.__xss=1</script><title>',
]
const PARAMS = [
  'v',
  'lang',
  'step',
  'uses',
  'complexity',
  'work-style',
  'abilities',
  'priority',
  'utm_source',
]
const BROKEN_ESCAPES = [
  '%E0%A4%A',
  '%%',
  '%ZZ',
  '%ED%A0%80',
  '%00',
  '%C0%AF',
  '%FF%FE%FD',
  '%E2%80%AE',
  '%F0%9F%98',
  '%',
]
const LONG = 'a'.repeat(10_000)

function hostileUrls(): string[] {
  const urls: string[] = []
  PAYLOADS.forEach((payload, i) => {
    // Half raw (the browser escapes what it must), half percent-encoded.
    const value = i % 2 === 0 ? payload : encodeURIComponent(payload)
    for (const key of PARAMS) urls.push(`?v=1&lang=en&step=uses&${key}=${value}`)
    urls.push(`?${encodeURIComponent(payload)}=1&step=uses`)
    urls.push(`?lang=zh-CN&uses=code,${value}&step=complexity`)
    urls.push(`#${value}`)
    urls.push(`#v=1&step=result&uses=${value}`)
  })
  for (const escape of BROKEN_ESCAPES) {
    urls.push(`?v=1&lang=${escape}&step=uses`)
    urls.push(`?v=1&lang=en&step=${escape}`)
    urls.push(`?v=1&lang=en&uses=code,${escape}&complexity=simple${escape}`)
    urls.push(`?${escape}=1&uses=${escape}&v=${escape}`)
    urls.push(`#lang=zh-CN&uses=${escape}`)
  }
  urls.push(
    `?uses=${LONG}`,
    `?lang=${LONG}`,
    `?step=${LONG}`,
    `?v=${LONG}`,
    `?${LONG}=1`,
    `?uses=${'code,'.repeat(2_000)}&step=result`,
    `?abilities=${'none,code-generation,'.repeat(500)}`,
    `#${LONG}`,
  )
  urls.push(
    '?__proto__=1',
    '?__proto__[uses]=code&step=complexity',
    '?constructor=1&prototype=2&toString=3&valueOf=4&hasOwnProperty=5',
    '?uses=__proto__',
    '?uses=constructor,toString,hasOwnProperty,valueOf',
    '?step=__proto__',
    '?step=constructor&uses=code',
    '?lang=__proto__',
    '?lang=toString',
    '?complexity=__proto__&uses=code',
    '?v=__proto__',
    '?__proto__=uses&constructor[prototype][x]=1',
  )
  urls.push(
    '?uses=code&uses=papers&step=complexity',
    '?step=result&step=uses&uses=code',
    '?lang=en&lang=zh-CN',
    '?v=1&v=2',
    '?complexity=simple&complexity=complex&uses=code&step=work-style',
    '?uses=code&abilities=none,code-generation&complexity=simple&work-style=both&step=priority',
    '?uses=code,code,code&step=complexity',
    '?priority=precise,safety&uses=code&complexity=simple&work-style=both&abilities=none&step=result',
  )
  urls.push(
    '?v=0',
    '?v=2',
    '?v=999',
    '?v=-1',
    '?v=1.5',
    '?v=1e0',
    '?v=',
    '?v=NaN',
    '?v=Infinity',
    '?v=0x1',
  )
  urls.push(
    '?',
    '?&&&',
    '?=',
    '?=&=',
    '?uses',
    '?uses=,,,',
    '?lang=zh-TW',
    '?lang=ZH',
    '?lang=zh_Hant',
    '?lang=EN-us',
    '?lang=',
    '?step=result',
    '?step=RESULT',
    '?uses=CODE',
    '?uses=code%2Cpapers&step=complexity',
    '?uses=%20code%20&step=complexity',
    '?uses=code+papers',
    '?step=result&uses=code&complexity=complex',
    '?foo=bar#v=1&step=result',
  )
  // The canonical result URL, cut off at many lengths (a link that lost its end when shared).
  const full = appSearch('zh-CN', 'result', GPT4_CASE.answers)
  for (let length = 1; length < full.length; length += 6) urls.push(full.slice(0, length))
  return urls
}

const HOSTILE_URLS = hostileUrls()
const CHUNKS = 4
const CANONICAL =
  /^\?v=1&lang=(en|zh-CN)&step=(uses|complexity|work-style|abilities|priority|result)(&(uses|complexity|work-style|abilities|priority)=[a-z0-9-]+(,[a-z0-9-]+)*)*$/
const FALLBACK_TITLES = LANGS.map((lang) => t(lang, 'fallback.title'))

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`hostile URLs never crash the page nor run a script (part ${chunk + 1} of ${CHUNKS})`, async ({
    page,
    request,
  }, testInfo) => {
    test.skip(
      testInfo.project.name !== 'desktop',
      'the viewport and the engine play no part (a parser of the URL in the app): run once',
    )
    test.setTimeout(180_000)
    // The built page's own inline script (the boot script): any other inline script is injected.
    const builtHtml = await (await request.get('./')).text()
    const ownScripts = [...builtHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    )
    expect(ownScripts).toHaveLength(1)
    const urls = HOSTILE_URLS.filter((_, i) => i % CHUNKS === chunk)
    const violations = await watchCsp(page)
    const events: string[] = []
    page.on('dialog', (d) => {
      events.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })
    page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') events.push(`console.error: ${m.text()}`)
    })
    await page.addInitScript(() => Object.assign(window, { __xss: 0 }))

    const problems: string[] = []
    for (const url of urls) {
      const shown = url.length > 120 ? `${url.slice(0, 100)}… (${url.length} chars)` : url
      events.length = 0
      violations.length = 0
      // A URL that differs from the last one only in its hash would not load the app again: start blank.
      if (url.includes('#')) await page.goto('about:blank')
      await page.goto(url, { waitUntil: 'domcontentloaded' })
      const h1 = page.locator('h1:visible')
      try {
        // Generous: this test often runs on a busy machine.
        await expect(h1).toBeVisible({ timeout: 15_000 })
        await expect(h1).not.toHaveText('')
        await waitForApp(page)
      } catch {
        problems.push(`${shown}: no visible h1`)
        continue
      }
      const state = await page.evaluate(
        (own) => ({
          xss: (window as unknown as { __xss?: number }).__xss,
          h1: document.querySelector('h1')?.textContent ?? '',
          search: location.search,
          hash: location.hash,
          text: document.body.innerText,
          injected:
            [...document.querySelectorAll('script:not([src])')].filter(
              (el) => !own.includes(el.textContent ?? ''),
            ).length +
            document.querySelectorAll(
              'iframe, img, object, embed, [onerror], [onload], [href^="javascript:" i]',
            ).length,
        }),
        ownScripts,
      )
      if (state.xss !== 0) problems.push(`${shown}: window.__xss is ${state.xss}`)
      if (FALLBACK_TITLES.includes(state.h1)) problems.push(`${shown}: the error page is shown`)
      if (!CANONICAL.test(state.search) || state.hash !== '')
        problems.push(`${shown}: URL not canonical: ${state.search}${state.hash}`)
      if (/<script|onerror|onload|javascript:|alert\(/i.test(state.text))
        problems.push(`${shown}: the payload is shown as text`)
      if (state.injected > 0) problems.push(`${shown}: ${state.injected} injected element(s)`)
      problems.push(
        ...events.map((e) => `${shown}: ${e}`),
        ...violations.map((v) => `${shown}: CSP ${v}`),
      )
    }
    console.log(
      `hostile URLs, part ${chunk + 1} of ${CHUNKS}: ${urls.length} tried (${HOSTILE_URLS.length} in all)`,
    )
    expect(problems).toEqual([])
  })
}
