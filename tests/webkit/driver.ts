// Helpers of the WebKit tests: a WebDriver session of Debian's MiniBrowser, and the page actions
// and checks of tests/e2e/helpers.ts in WebDriver terms. The app's rules and texts come from
// tests/shared/app.ts (src and the locale files), never copied. WebDriver has no console stream:
// the page's errors are the ones its boot script records from the first script on.
import { writeFileSync } from 'node:fs'
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver'
import { expect, inject } from 'vitest'
import { MINIBROWSER_PATH } from '../../scripts/webkit.mjs'
import { PAGE_ERRORS_KEY } from '../../src/boot/contract'
import {
  STEPS,
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

/**
 * The window of every session: the desktop size of the Playwright projects. MiniBrowser's toolbar
 * keeps its window at least 447 px wide, so a phone's width cannot be had.
 */
export const DESKTOP = { x: 0, y: 0, width: 1280, height: 800 }

/** How long a check waits for the page: the result view's chunk on a busy 2-core machine. */
const PATIENCE = 15_000

/** A new MiniBrowser session (a fresh browser: no history, no storage) with the desktop window. */
export async function startSession(): Promise<WebDriver> {
  const driver = await new Builder()
    .usingServer(inject('driverUrl'))
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    })
    .build()
  await driver.manage().window().setRect(DESKTOP)
  return driver
}

/** The app's address for this language, step and answers (the app's own formatter). */
export function appUrl(lang: Lang, step: StepId = 'uses', answers: Answers = {}): string {
  return `${inject('appUrl')}${appSearch(lang, step, answers)}`
}

/** The errors the page's boot script recorded since this document's first script. */
export async function pageErrors(driver: WebDriver): Promise<string[]> {
  return driver.executeScript<string[]>(`return window[arguments[0]] ?? []`, PAGE_ERRORS_KEY)
}

/** Fails when the current document recorded any error. */
export async function expectNoPageErrors(driver: WebDriver): Promise<void> {
  expect(await pageErrors(driver), `errors in ${await driver.getCurrentUrl()}`).toEqual([])
}

/**
 * Opens the app at its address for `lang`, `step` and `answers`, once the document it leaves is
 * checked for errors, and waits until the app has taken over the page.
 */
export async function openApp(
  driver: WebDriver,
  lang: Lang,
  step: StepId = 'uses',
  answers: Answers = {},
): Promise<void> {
  await expectNoPageErrors(driver)
  await driver.get(appUrl(lang, step, answers))
  await waitForApp(driver)
}

/**
 * Waits until React owns the visible `<h1>`: before that a fresh first question is the
 * pre-rendered HTML, where a tick is not yet in the app's state or the URL.
 */
export async function waitForApp(driver: WebDriver): Promise<void> {
  await driver.wait(
    () =>
      driver.executeScript<boolean>(`
        const h1 = [...document.querySelectorAll('h1')].find((h) => h.getClientRects().length > 0)
        return !!h1 && Object.keys(h1).some((key) => key.startsWith('__reactFiber$'))`),
    PATIENCE,
    'the app never took over the page',
  )
}

/** What the page shows of itself: the visible `<h1>`'s text, the title, the address, the language. */
async function pageState(driver: WebDriver) {
  return driver.executeScript<{ h1: string; title: string; search: string; lang: string }>(`
    const h1 = [...document.querySelectorAll('h1')].find((h) => h.getClientRects().length > 0)
    return {
      h1: h1?.textContent.trim() ?? '',
      title: document.title,
      search: location.search,
      lang: document.documentElement.lang,
    }`)
}

/**
 * Waits until the page shows all of `expected` (the address, the title and `<html lang>` follow the
 * heading by a frame or so), failing after {@link PATIENCE} with the first part that differs.
 */
async function expectPage(
  driver: WebDriver,
  expected: { h1: RegExp; search: RegExp; title: RegExp; lang: string },
): Promise<void> {
  for (const part of ['h1', 'search', 'title', 'lang'] as const) {
    const want = expected[part]
    await expect
      .poll(async () => (await pageState(driver))[part], { timeout: PATIENCE, message: part })
      .toMatch(typeof want === 'string' ? new RegExp(`^${escapeRegExp(want)}$`) : want)
  }
}

/** Checks the page shows question `step`: caption, question in the `<h1>`, URL step and title. */
export async function expectQuestion(driver: WebDriver, lang: Lang, step: QuestionId) {
  const title = escapeRegExp(t(lang, `model:questions.${step}.title`))
  const progress = escapeRegExp(progressText(lang, step))
  await expectPage(driver, {
    h1: new RegExp(`^${progress}.*${title}$`),
    search: new RegExp(`[?&]step=${step}(&|$)`),
    title: new RegExp(`${title}.*${progress}`),
    lang,
  })
}

/** Checks the result page recommends `model` in `lang`. */
export async function expectVerdict(driver: WebDriver, lang: Lang, model: ModelId) {
  const heading = escapeRegExp(verdictHeading(lang, model))
  await expectPage(driver, {
    h1: new RegExp(`^${heading}$`),
    search: /[?&]step=result(&|$)/,
    title: new RegExp(`^${heading}`),
    lang,
  })
}

/** The visible element matching `selector` whose whole text is `text`; fails when there is none. */
export async function byText(
  driver: WebDriver,
  selector: string,
  text: string,
): Promise<WebElement> {
  // The wait ends with the condition's first truthy value: the element.
  const found = await driver.wait(
    () =>
      driver.executeScript<WebElement | null>(
        `return [...document.querySelectorAll(arguments[0])].find(
          (el) => el.getClientRects().length > 0 && el.textContent.trim() === arguments[1],
        ) ?? null`,
        selector,
        text,
      ),
    PATIENCE,
    `no visible ${selector} reads “${text}”`,
  )
  return found as WebElement
}

/** Whether the input of an option, found by its visible label, is ticked. */
export async function isTicked(
  driver: WebDriver,
  lang: Lang,
  question: QuestionId,
  id: string,
): Promise<boolean> {
  const label = await byText(driver, 'label', optionLabel(lang, question, id))
  return driver.executeScript<boolean>(
    `return document.getElementById(arguments[0].htmlFor).checked`,
    label,
  )
}

/** Ticks options by clicking their labels, as a person would, and waits for each tick. */
export async function tick(
  driver: WebDriver,
  lang: Lang,
  question: QuestionId,
  chosen: readonly string[],
): Promise<void> {
  for (const id of chosen) {
    await (await byText(driver, 'label', optionLabel(lang, question, id))).click()
    await expect.poll(() => isTicked(driver, lang, question, id)).toBe(true)
  }
}

/** Checks exactly the options in `chosen` are ticked on the question shown. */
export async function expectChosen(
  driver: WebDriver,
  lang: Lang,
  question: QuestionId,
  chosen: readonly string[] = [],
): Promise<void> {
  for (const id of optionIds(question))
    expect(await isTicked(driver, lang, question, id), `${question}: ${id}`).toBe(
      chosen.includes(id),
    )
}

/** Clicks the question page's button: “Continue”, or “See the result” where it leads there. */
export async function pressContinue(driver: WebDriver, lang: Lang): Promise<void> {
  const next = await driver.executeScript<string>(
    `return [...document.querySelectorAll('button[type=submit]')]
      .find((b) => b.getClientRects().length > 0)?.textContent.trim() ?? ''`,
  )
  expect([t(lang, 'actions.continue'), t(lang, 'actions.seeResult')]).toContain(next)
  await (await byText(driver, 'button', next)).click()
}

/** Answers every question by label from the first step on, checking each step; ends on the result. */
export async function walk(
  driver: WebDriver,
  lang: Lang,
  answers: Required<Answers>,
): Promise<void> {
  for (const q of STEPS) {
    await expectQuestion(driver, lang, q)
    await tick(driver, lang, q, answers[q])
    await pressContinue(driver, lang)
  }
}

/**
 * Saves a screenshot of the whole page as docs/screenshots/`name`.png: WebDriver's screenshots
 * show the window only, so the window is made as tall as the page for it, then put back.
 */
export async function screenshot(driver: WebDriver, name: string): Promise<void> {
  const { page, chrome } = await driver.executeScript<{ page: number; chrome: number }>(
    `scrollTo(0, 0)
    return { page: document.documentElement.scrollHeight, chrome: outerHeight - innerHeight }`,
  )
  // At most the Xvfb screen's 8000 px (scripts/test-webkit.mjs).
  await driver
    .manage()
    .window()
    .setRect({ ...DESKTOP, height: Math.min(Math.max(page + chrome, DESKTOP.height), 8000) })
  // Painted at the new size: two animation frames.
  await driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1]
    requestAnimationFrame(() => requestAnimationFrame(() => done()))`,
  )
  const png = await driver.takeScreenshot()
  writeFileSync(`docs/screenshots/${name}.png`, Buffer.from(png, 'base64'))
  await driver.manage().window().setRect(DESKTOP)
}
