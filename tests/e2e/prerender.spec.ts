// Pre-rendering (issue 5.5): the first question is in the HTML the server sends, in the visitor's
// language, readable and tickable before the app's script has run; the script then hydrates it
// without replacing it and takes over what was ticked meanwhile.
import { expect, test, type Page, type Route } from '@playwright/test'
import {
  appSearch,
  continueButton,
  expectQuestion,
  expectVerdict,
  GPT4_CASE,
  heading,
  LANGS,
  openApp,
  option,
  optionLabel,
  t,
  watchErrors,
  type Lang,
} from './helpers'
import { COMPILE_HINT } from '../../src/boot/contract'

const APP_SCRIPT = '**/assets/index-*.js'

/** Holds the app's script back until `release()` is called. */
async function holdAppScript(page: Page): Promise<{ release: () => void }> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(APP_SCRIPT, async (route: Route) => {
    await released
    await route.continue()
  })
  return { release }
}

for (const lang of LANGS) {
  test.describe(lang, () => {
    test('the first question shows in its language with no app script at all', async ({ page }) => {
      await page.route(APP_SCRIPT, (route) => route.abort())
      await page.goto(lang === 'en' ? './' : `?lang=${lang}`)
      await expect(heading(page)).toContainText(t(lang, 'model:questions.uses.title'))
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page).toHaveTitle(t(lang, 'app.name'))
      await expect(option(page, lang, 'uses', 'code')).toBeVisible()
      await option(page, lang, 'uses', 'code').check()
      await expect(option(page, lang, 'uses', 'code')).toBeChecked()
      // Only one language's question is on the page.
      const other: Lang = lang === 'en' ? 'zh-CN' : 'en'
      await expect(page.getByText(optionLabel(other, 'uses', 'code'), { exact: true })).toHaveCount(
        0,
      )
    })

    test('the first question’s texts and the app’s script are asked for while the page is parsed, each once', async ({
      page,
    }) => {
      const requested: string[] = []
      page.on('request', (request) =>
        requested.push(new URL(request.url()).pathname.split('/').pop() ?? ''),
      )
      let parsedWith: string[] = []
      page.on('domcontentloaded', () => (parsedWith = [...requested]))
      await page.goto(lang === 'en' ? './' : `?lang=${lang}`)
      await expect(option(page, lang, 'uses', 'code')).toBeEnabled()
      const texts = new RegExp(`^${lang}-[^.]+\\.js$`)
      const appScript = /^index-[^.]+\.js$/
      expect(
        parsedWith.filter((name) => texts.test(name)),
        'texts requested by the time the page is parsed',
      ).toHaveLength(1)
      // The modulepreload starts the fetch from the HTML; the boot script's import() after the first
      // frame reuses it rather than asking again.
      expect(
        parsedWith.filter((name) => appScript.test(name)),
        'the app’s script requested by the time the page is parsed',
      ).toHaveLength(1)
      expect(requested.filter((name) => appScript.test(name))).toHaveLength(1)
    })

    test('the first frame painted holds the question, even when the page arrives slowly', async ({
      page,
    }) => {
      const warnings: string[] = []
      page.on(
        'console',
        (message) => void (message.type() === 'warning' && warnings.push(message.text())),
      )
      // What the page's first animation frame (the first frame that can be painted) has to show.
      await page.addInitScript(() => {
        requestAnimationFrame(() => {
          const heading = document.querySelector('#root h1')
          const shown =
            heading && getComputedStyle(heading).visibility === 'visible'
              ? heading.textContent
              : null
          Object.assign(window, { firstFrame: { shown } })
        })
      })
      const cdp = await page.context().newCDPSession(page)
      // About 3 kB a second: the page's head (its styles and boot script) arrives well before the
      // question in its body, so a frame in between would have nothing to show.
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: 3000,
        uploadThroughput: -1,
      })
      await page.goto(lang === 'en' ? './' : `?lang=${lang}`, { waitUntil: 'commit' })
      const firstFrame = await page.waitForFunction(
        () => (window as { firstFrame?: { shown: string | null } }).firstFrame,
        null,
        { timeout: 30_000 },
      )
      expect((await firstFrame.jsonValue())?.shown).toContain(t(lang, 'model:questions.uses.title'))
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      })
      await expect(option(page, lang, 'uses', 'code')).toBeEnabled()
      await cdp.detach()
      // Nor does the browser complain about how rendering was held. (Playwright's own notice that it
      // blocked the service worker, playwright.config.ts, is not the page's.)
      expect(warnings.filter((w) => !w.includes('blocked by Playwright'))).toEqual([])
    })

    test('hydration keeps the pre-rendered page and what was ticked before it', async ({
      page,
    }) => {
      const errors = watchErrors(page)
      const { release } = await holdAppScript(page)
      await page.goto(`?lang=${lang}`, { waitUntil: 'commit' })
      await option(page, lang, 'uses', 'code').check()
      await heading(page).evaluate((h) => ((h as HTMLElement & { mark?: boolean }).mark = true))
      release()
      await expect(page).toHaveURL(/[?&]uses=code(&|$)/)
      expect(
        await heading(page).evaluate((h) => (h as HTMLElement & { mark?: boolean }).mark),
      ).toBe(true)
      await expect(option(page, lang, 'uses', 'code')).toBeChecked()
      await option(page, lang, 'uses', 'papers').check()
      await expect(page).toHaveURL(/[?&]uses=code,papers(&|$)/)
      await continueButton(page, lang).click()
      await expectQuestion(page, lang, 'complexity')
      errors.expectNone()
    })
  })
}

test('Continue before the app’s script has run goes on to the next step, in the same language', async ({
  page,
}) => {
  const { release } = await holdAppScript(page)
  await page.goto('?lang=zh-CN', { waitUntil: 'commit' })
  await option(page, 'zh-CN', 'uses', 'code').check()
  await option(page, 'zh-CN', 'uses', 'papers').check()
  // A plain form submission: the page is not the app's yet.
  await continueButton(page, 'zh-CN').click({ noWaitAfter: true })
  await expect(page).toHaveURL(/[?&]uses=code&uses=papers/)
  release()
  await expectQuestion(page, 'zh-CN', 'complexity')
  await expect(page).toHaveURL(/[?&]uses=code,papers(&|$)/)
})

test('the browser’s language picks the pre-rendered language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-TW' })
  const page = await context.newPage()
  await page.route(APP_SCRIPT, (route) => route.abort())
  await page.goto('./')
  await expect(heading(page)).toContainText(t('zh-CN', 'model:questions.uses.title'))
  await context.close()
})

for (const lang of LANGS) {
  test(`a link to a later step shows no pre-rendered first question, but the header and a status, then that step (${lang})`, async ({
    page,
  }) => {
    const { release } = await holdAppScript(page)
    await page.goto(`?lang=${lang}&step=complexity&uses=code`, { waitUntil: 'commit' })
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.locator('#root .header__name')).toHaveText(t(lang, 'app.name'))
    await expect(page.getByRole('status')).toHaveText(t(lang, 'boot:loading.step'), {
      useInnerText: true,
    })
    await expect(page.locator('#root form')).toHaveCount(0)
    // The tab already carries the app's name in the page's language.
    await expect(page).toHaveTitle(t(lang, 'app.name'))
    release()
    await expectQuestion(page, lang, 'complexity')
  })
}

for (const lang of LANGS) {
  test(`a result link asks for the result view and its texts with the app’s script, before it has run (${lang})`, async ({
    page,
  }) => {
    const requested: string[] = []
    page.on('request', (request) =>
      requested.push(new URL(request.url()).pathname.split('/').pop() ?? ''),
    )
    const { release } = await holdAppScript(page)
    await page.goto(appSearch(lang, 'result', GPT4_CASE.answers), { waitUntil: 'domcontentloaded' })
    // The view's chunk and its texts (one per language: the English page quotes the Chinese).
    await expect
      .poll(() => requested.filter((name) => /^result(-view)?-/.test(name)))
      .toHaveLength(3)
    release()
    await expectVerdict(page, lang, GPT4_CASE.verdict)
    expect(
      requested.filter((name) => /^result(-view)?-/.test(name)),
      'each fetched once',
    ).toHaveLength(3)
  })
}

test('the app’s code, and only its code, asks the browser to compile it as it arrives', async ({
  page,
}) => {
  const scripts = new Map<string, Promise<string>>()
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop() ?? ''
    // The build's file names: `{chunk}-{8-character hash}.js`.
    const chunk = name.match(/^(.+)-[\w-]{8}\.js$/)?.[1]
    if (chunk) scripts.set(chunk, response.text())
  })
  await openApp(page, 'en', 'result', GPT4_CASE.answers)
  await expectVerdict(page, 'en', GPT4_CASE.verdict)
  const hinted = async (name: string) => (await scripts.get(name))?.startsWith(`${COMPILE_HINT}\n`)
  // The entry (everything hydration runs) and the result view: compiled whole, off the main thread.
  expect(await hinted('index')).toBe(true)
  expect(await hinted('result-view')).toBe(true)
  // Texts are data, with no functions to compile.
  const texts = [...scripts.keys()].filter((name) => !['index', 'result-view'].includes(name))
  expect(texts).toEqual(expect.arrayContaining(['en', 'result']))
  for (const name of texts) expect(await hinted(name), name).toBe(false)
})
