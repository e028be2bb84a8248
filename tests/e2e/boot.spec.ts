// Never a blank page (issue 20): from the first frame of any link the page shows the header and, until
// the app is there, a status in the link's language, from the HTML and the boot script alone; when
// the app's script fails or does not come, a message with Try again; with JavaScript off, a message
// in both languages and no form that reloads the same page.
import { expect, test, type Page } from '@playwright/test'
import {
  appSearch,
  continueButton,
  escapeRegExp,
  expectChosen,
  expectQuestion,
  expectVerdict,
  GPT4_CASE,
  LANGS,
  option,
  t,
  type Lang,
} from './helpers'
import { APP_WAIT_MS } from '../../src/boot/contract'

const APP_SCRIPT = '**/assets/index-*.js'

/** What one animation frame showed: the header's name, the status, the `<h1>` (null: not visible). */
interface Frame {
  header: string | null
  status: string | null
  h1: string | null
}

/**
 * Records what every animation frame of every document shows, from the start of the document
 * (an init script runs before the page's own): the first frame that can be painted is the first
 * one recorded. Read back with {@link framesOf}.
 */
async function sampleFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const frames: Frame[] = []
    Object.assign(window, { __frames: frames })
    const visible = (selector: string) => {
      const element = document.querySelector<HTMLElement>(selector)
      // innerText: only the text on screen (not the hidden failure message, say).
      return element?.checkVisibility({ visibilityProperty: true })
        ? element.innerText.trim()
        : null
    }
    const sample = () => {
      frames.push({
        header: visible('#root .header__name'),
        status: visible('#root [role=status]'),
        h1: visible('#root h1'),
      })
      requestAnimationFrame(sample)
    }
    requestAnimationFrame(sample)
  })
}

/** The frames recorded so far in the current document. */
function framesOf(page: Page): Promise<Frame[]> {
  return page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames)
}

/** Checks every frame recorded in the current document showed the app's name in its header. */
async function expectNoBlankFrame(page: Page, lang: Lang): Promise<Frame[]> {
  const frames = await framesOf(page)
  expect(frames.length).toBeGreaterThan(0)
  const blank = frames.filter((f) => f.header !== t(lang, 'app.name'))
  expect(blank, 'frames without the header').toEqual([])
  return frames
}

const retryButton = (page: Page, lang: Lang) =>
  page.getByRole('button', { name: t(lang, 'boot:failed.retry'), exact: true })

for (const lang of LANGS) {
  test.describe(lang, () => {
    const resultLink = appSearch(lang, 'result', GPT4_CASE.answers)

    test('a result link with every script blocked: header and status from the first frame, then Try again', async ({
      page,
    }) => {
      await sampleFrames(page)
      await page.route('**/*.js', (route) => route.abort())
      await page.goto(resultLink)
      await expect(retryButton(page, lang)).toBeVisible()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'boot:failed.title'))
      await expect(page.getByRole('status').first()).toContainText(t(lang, 'boot:failed.body'))
      const [first] = await expectNoBlankFrame(page, lang)
      // The loading status, or already the message when the blocked script failed before the first
      // frame (it can, on a fast or a busy machine): never a frame without either.
      expect(first?.status).toMatch(
        new RegExp(
          `^(${escapeRegExp(t(lang, 'boot:loading.result'))}|${escapeRegExp(t(lang, 'boot:failed.title'))})`,
        ),
      )
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page).toHaveTitle(t(lang, 'app.name'))
      // The answers in the address are untouched, and Try again, once scripts load, opens the result.
      expect(new URL(page.url()).search).toBe(resultLink)
      await page.unroute('**/*.js')
      await retryButton(page, lang).click()
      await expectVerdict(page, lang, GPT4_CASE.verdict)
      expect(new URL(page.url()).search).toBe(resultLink)
    })

    test('a result link whose texts cannot be fetched: Try again at once, not after the wait', async ({
      page,
    }) => {
      // With or without a query: a retry asks for the chunk's address with one of its own.
      const texts = /\/assets\/(en|zh-CN)-[^/?]*\.js(\?.*)?$/
      await page.route(texts, (route) => route.abort())
      const start = Date.now()
      await page.goto(resultLink)
      await expect(retryButton(page, lang)).toBeVisible()
      expect(Date.now() - start).toBeLessThan(APP_WAIT_MS - 2_000)
      expect(new URL(page.url()).search).toBe(resultLink)
      await page.unroute(texts)
      await retryButton(page, lang).click()
      await expectVerdict(page, lang, GPT4_CASE.verdict)
    })

    test('a result link whose script is slow: the status, Try again after the wait, then the result', async ({
      page,
    }) => {
      test.slow()
      await sampleFrames(page)
      let requested = 0
      await page.route(APP_SCRIPT, async (route) => {
        requested++
        await new Promise((resolve) => setTimeout(resolve, APP_WAIT_MS + 2_000))
        await route.continue()
      })
      const start = Date.now()
      await page.goto(resultLink, { waitUntil: 'commit' })
      await expect(page.getByText(t(lang, 'boot:loading.result'))).toBeVisible()
      await expect(retryButton(page, lang)).toBeVisible({ timeout: APP_WAIT_MS + 5_000 })
      // Not before the wait: the status stays while the script may still come.
      expect(Date.now() - start).toBeGreaterThanOrEqual(APP_WAIT_MS - 1_000)
      const [first] = await expectNoBlankFrame(page, lang)
      expect(first?.status).toBe(t(lang, 'boot:loading.result'))
      // When the script does arrive, the app replaces the message with the result.
      await expectVerdict(page, lang, GPT4_CASE.verdict)
      await expectNoBlankFrame(page, lang)
      expect(requested).toBe(1)
    })

    test('a language link clicked before the app has loaded keeps what was ticked', async ({
      page,
    }) => {
      const other: Lang = lang === 'en' ? 'zh-CN' : 'en'
      await page.route(APP_SCRIPT, (route) => route.abort())
      await page.goto(`?lang=${lang}`)
      await option(page, lang, 'uses', 'code').check()
      await option(page, lang, 'uses', 'papers').check()
      await page
        .getByRole('link', { name: t(lang, `language.names.${other}`), exact: true })
        .click()
      await expect(page).toHaveURL(/[?&]uses=code&uses=papers(&|$)/)
      await expect(page).toHaveURL(new RegExp(`[?&]lang=${other}(&|$)`))
      // Once the app's script loads, that language's first question shows with both ticks.
      await page.unroute(APP_SCRIPT)
      await page.reload()
      await expectQuestion(page, other, 'uses')
      await expectChosen(page, other, 'uses', ['code', 'papers'])
    })

    test('Continue pressed early on a slow line: no blank frame on the way to step 2', async ({
      page,
    }) => {
      test.slow()
      await sampleFrames(page)
      const cdp = await page.context().newCDPSession(page)
      // About 20 KB a second: the app's script (about 90 KB) takes seconds, the page well under one.
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 20_000,
        uploadThroughput: 20_000,
      })
      await page.goto(`?lang=${lang}`, { waitUntil: 'commit' })
      await option(page, lang, 'uses', 'code').check()
      // A plain form submission: the app's script has not run yet.
      await continueButton(page, lang).click({ noWaitAfter: true })
      await expect(page).toHaveURL(/[?&]uses=code(&|$)/, { timeout: 20_000 })
      await expect(page.getByText(t(lang, 'boot:loading.step'))).toBeVisible({ timeout: 20_000 })
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        t(lang, 'model:questions.complexity.title'),
        { timeout: 40_000 },
      )
      await expectQuestion(page, lang, 'complexity')
      await cdp.detach()
      const frames = await expectNoBlankFrame(page, lang)
      expect(frames[0]?.status).toBe(t(lang, 'boot:loading.step'))
      // Every frame showed the status or the question, never the header alone.
      expect(frames.filter((f) => !f.status && !f.h1)).toEqual([])
    })
  })
}

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('says in both languages that the wizard needs JavaScript, and has no form that loops', async ({
    page,
  }) => {
    for (const search of ['./', '?lang=zh-CN']) {
      await page.goto(search)
      for (const lang of LANGS) {
        const message = page.getByText(t(lang, 'boot:noscript'), { exact: true })
        await expect(message).toBeVisible()
        await expect(message).toHaveAttribute('lang', lang)
      }
      // The question is there to read, but no button submits it back to the same page, and the
      // language links (which need the script) are not offered.
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        t('en', 'model:questions.uses.title'),
      )
      await expect(page.locator('form [type=submit]')).toBeHidden()
      await expect(page.getByRole('button')).toHaveCount(0)
      await expect(page.getByRole('link', { name: t('en', 'language.names.zh-CN') })).toHaveCount(0)
    }
  })
})
