// Shared helpers of the Playwright tests: small page actions and checks, on top of the app's rules
// and texts that every browser test shares (tests/shared/app.ts, re-exported here).
import {
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test'
import { createHash } from 'node:crypto'
import {
  STEPS,
  allTranslationKeys,
  appSearch,
  escapeRegExp,
  optionIds,
  optionLabel,
  progressText,
  t,
  verdictHeading,
  type Answers,
  type Lang,
  type ModelId,
  type QuestionId,
  type StepId,
} from '../shared/app'

export * from '../shared/app'
export { HAS_CHROMIUM } from './chromium-path'

/**
 * Waits until the app has taken over the page: React owns the `<h1>`. Before that a fresh first
 * question is the pre-rendered HTML, where a tick is not yet in the app's state or the URL.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1')
    return h1 !== null && Object.keys(h1).some((key) => key.startsWith('__reactFiber$'))
  })
}

/** Opens the app at a canonical URL and waits for its `<h1>`, owned by the app. */
export async function openApp(
  page: Page,
  lang: Lang,
  step: StepId = 'uses',
  answers: Answers = {},
): Promise<void> {
  await page.goto(appSearch(lang, step, answers))
  await expect(page.locator('h1:visible')).toBeVisible()
  await waitForApp(page)
}

/** The `<h1>` of the page. */
export function heading(page: Page): Locator {
  return page.locator('h1:visible')
}

/** The input of an option, by its visible label. */
export function option(page: Page, lang: Lang, question: QuestionId, id: string): Locator {
  return page.getByLabel(optionLabel(lang, question, id), { exact: true })
}

/**
 * The question page's button: “Continue”, or “See the result” where it leads to the result (the
 * last question, or a question opened from a Change link). Tests of the label itself use
 * {@link seeResultButton}.
 */
export function continueButton(page: Page, lang: Lang): Locator {
  const names = [t(lang, 'actions.continue'), t(lang, 'actions.seeResult')].map(escapeRegExp)
  return page.getByRole('button', { name: new RegExp(`^(${names.join('|')})$`) })
}

/** The question page's button where it leads to the result: “See the result”. */
export function seeResultButton(page: Page, lang: Lang): Locator {
  return page.getByRole('button', { name: t(lang, 'actions.seeResult'), exact: true })
}

/** The page's own Back link (above the question or the result). */
export function backLink(page: Page, lang: Lang): Locator {
  return page.getByRole('link', { name: t(lang, 'actions.back'), exact: true })
}

/**
 * The details of a test whose outcome depends on the screen's size (layout, scrolling, reflow,
 * axe's target sizes): a project that only adds a size to an engine runs just these (its `grep`
 * in playwright.config.ts).
 */
export const SIZE = { tag: '@size' }

/** The browser engine of the test's project (its `metadata.engine` in playwright.config.ts). */
export function engineOf(testInfo: TestInfo): 'chromium' | 'firefox' {
  return (testInfo.project.metadata as { engine: 'chromium' | 'firefox' }).engine
}

/** The screen size of the test's project: the phone's (360 × 740) or the desktop's. */
export function sizeOf(testInfo: TestInfo): 'phone' | 'desktop' {
  return (testInfo.project.metadata as { size: 'phone' | 'desktop' }).size
}

/**
 * The colour scheme a project sets through the browser's own preference (Firefox ignores
 * `emulateMedia`), or undefined where `emulateMedia` works and the test picks the scheme.
 */
export function fixedColorScheme(testInfo: TestInfo): 'light' | 'dark' | undefined {
  const { engine, colorScheme } = testInfo.project.metadata as {
    engine: string
    colorScheme?: 'dark'
  }
  return colorScheme ?? (engine === 'firefox' ? 'light' : undefined)
}

/** Whether the test runs on the touch (phone) project. */
export function isTouch(testInfo: TestInfo): boolean {
  return !!testInfo.project.use.hasTouch
}

/** A pointer press: a tap on the phone project, a mouse click on the desktop one. */
export async function press(locator: Locator, testInfo: TestInfo): Promise<void> {
  if (isTouch(testInfo)) await locator.tap()
  else await locator.click()
}

/** Checks the page shows question `step`: caption, question in the `<h1>`, URL step and title. */
export async function expectQuestion(page: Page, lang: Lang, step: QuestionId): Promise<void> {
  const title = t(lang, `model:questions.${step}.title`)
  await expect(heading(page)).toContainText(progressText(lang, step))
  await expect(heading(page)).toContainText(title)
  await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`))
  await expect(page).toHaveTitle(
    new RegExp(`${escapeRegExp(title)}.*${escapeRegExp(progressText(lang, step))}`),
  )
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

/** Checks exactly the options in `chosen` are ticked on the question shown. */
export async function expectChosen(
  page: Page,
  lang: Lang,
  question: QuestionId,
  chosen: readonly string[] = [],
): Promise<void> {
  for (const id of optionIds(question)) {
    if (chosen.includes(id)) await expect(option(page, lang, question, id)).toBeChecked()
    else await expect(option(page, lang, question, id)).not.toBeChecked()
  }
}

/**
 * Checks the result page recommends `model` in `lang`. Opened from a link, the result waits for the
 * app, its texts and the result's chunk: allowed 15 s, for a CI machine busy with other runs.
 */
export async function expectVerdict(page: Page, lang: Lang, model: ModelId): Promise<void> {
  await expect(heading(page)).toHaveText(verdictHeading(lang, model), { timeout: 15_000 })
  await expect(page).toHaveURL(/[?&]step=result(&|$)/)
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(verdictHeading(lang, model))}`))
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

/** Ticks the options of one question with the pointer (the label, as a person would). */
export async function answerWithPointer(
  page: Page,
  lang: Lang,
  question: QuestionId,
  chosen: readonly string[],
  testInfo: TestInfo,
): Promise<void> {
  for (const id of chosen) {
    await press(page.getByText(optionLabel(lang, question, id), { exact: true }), testInfo)
    await expect(option(page, lang, question, id)).toBeChecked()
  }
}

/** Answers every question with the pointer from the first step on, checking each step, and ends on the result. */
export async function completeWithPointer(
  page: Page,
  lang: Lang,
  answers: Required<Answers>,
  testInfo: TestInfo,
): Promise<void> {
  for (const q of STEPS) {
    await expectQuestion(page, lang, q)
    await answerWithPointer(page, lang, q, answers[q], testInfo)
    await press(continueButton(page, lang), testInfo)
  }
}

/** The history length, to prove that start-up and answering add no entry. */
export function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => window.history.length)
}

/**
 * A page to start from before the app, so that Back from the app's first entry has somewhere to go
 * (the initial blank page of a tab is replaced by the first navigation).
 */
export const START_PAGE = 'data:text/html,<title>start</title><h1>start</h1>'

/** Context options of the current project, for a fresh context (empty storage) that looks the same. */
export function projectContextOptions(testInfo: TestInfo): Parameters<Browser['newContext']>[0] {
  const { viewport, isMobile, hasTouch, deviceScaleFactor, baseURL, locale, serviceWorkers } =
    testInfo.project.use
  return { viewport, isMobile, hasTouch, deviceScaleFactor, baseURL, locale, serviceWorkers }
}

/** A fresh context (empty storage, no history) like the current project's. */
export function freshContext(
  browser: Browser,
  testInfo: TestInfo,
  extra: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({ ...projectContextOptions(testInfo), ...extra })
}

/**
 * Firefox's report of the one `<style>` Playwright adds before each screenshot there (`body {}`,
 * to restart animations), which the page's CSP rightly blocks: the message names the hash of the
 * blocked text, so only that style's report matches.
 */
const SCREENSHOT_STYLE_REPORT = `'sha256-${createHash('sha256').update('body {}').digest('base64')}'`

/**
 * Collects uncaught page errors and console errors; `expectNone()` fails if any came. The CSP
 * report of Playwright's own screenshot style ({@link SCREENSHOT_STYLE_REPORT}) is not the page's.
 */
export function watchErrors(page: Page): { errors: string[]; expectNone: () => void } {
  const errors: string[] = []
  page.on('pageerror', (e) => {
    if (!e.message.includes(SCREENSHOT_STYLE_REPORT)) errors.push(`pageerror: ${e.message}`)
  })
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`)
  })
  return { errors, expectNone: () => expect(errors, 'errors in the page').toEqual([]) }
}

/** The computed styles that can make focus visible. */
export async function focusStyle(locator: Locator): Promise<{
  outline: string
  boxShadow: string
  background: string
  color: string
  textDecoration: string
}> {
  return locator.evaluate((el) => {
    const s = getComputedStyle(el)
    return {
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      boxShadow: s.boxShadow,
      background: s.backgroundColor,
      color: s.color,
      textDecoration: s.textDecorationLine,
    }
  })
}

/**
 * Watches the page, from the start of every navigation, for a raw translation key on screen (in the
 * text or the title): a MutationObserver installed before any script of the page runs reports each
 * one to the test. Returns the check to call at the end (it covers every page loaded since).
 */
export async function watchRawKeys(
  page: Page,
): Promise<{ found: Set<string>; expectNone: () => void }> {
  const found = new Set<string>()
  await page.exposeFunction('__reportRawKey', (token: string, url: string) =>
    found.add(`${token}  (on ${url})`),
  )
  await page.addInitScript((keys: string[]) => {
    const known = new Set(keys)
    const report = (token: string) =>
      (
        window as unknown as { __reportRawKey?: (token: string, url: string) => Promise<void> }
      ).__reportRawKey?.(token, location.search)
    // `ns:a.b`, `a.b.c` (dotted, as a missing key shows) or camelCase single words (`reasonAnswers`).
    const tokens =
      /(?:\b[a-z]+:)?\b[a-z][a-zA-Z0-9-]*(?:\.[a-zA-Z0-9-]+)+\b|\b[a-z]+[A-Z][a-zA-Z0-9]*\b/g
    const scan = () => {
      const text = `${document.title}\n${document.body?.innerText ?? ''}`
      for (const token of text.match(tokens) ?? []) {
        if (known.has(token) || known.has(token.replace(/^[a-z]+:/, ''))) void report(token)
      }
    }
    new MutationObserver(scan).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    })
    document.addEventListener('DOMContentLoaded', scan)
  }, allTranslationKeys())
  return {
    found,
    expectNone: () => expect([...found], 'raw translation keys seen on screen').toEqual([]),
  }
}

/** Makes the browser report `languages` (in order) as its preferred languages, before the app starts. */
export async function setBrowserLanguages(
  context: BrowserContext,
  languages: readonly string[],
): Promise<void> {
  await context.addInitScript(
    (list: string[]) => {
      Object.defineProperty(Navigator.prototype, 'languages', {
        get: () => Object.freeze([...list]),
        configurable: true,
      })
      Object.defineProperty(Navigator.prototype, 'language', {
        get: () => list[0] ?? '',
        configurable: true,
      })
    },
    [...languages],
  )
}
