// Shared helpers of the browser tests: the texts (read from the locale files, never typed twice),
// canonical URLs, the canonical cases of PRODUCT.md, and small page actions and checks. The app's
// rules (steps, the URL format, the storage key) are imported from src, never copied.
import {
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test'
import enBoot from '../../locales/en/boot.json' with { type: 'json' }
import enCommon from '../../locales/en/common.json' with { type: 'json' }
import enModel from '../../locales/en/model.json' with { type: 'json' }
import enResult from '../../locales/en/result.json' with { type: 'json' }
import zhBoot from '../../locales/zh-CN/boot.json' with { type: 'json' }
import zhCommon from '../../locales/zh-CN/common.json' with { type: 'json' }
import zhModel from '../../locales/zh-CN/model.json' with { type: 'json' }
import zhResult from '../../locales/zh-CN/result.json' with { type: 'json' }

import { CANONICAL_CASES } from '../fixtures/canonical-cases'
import {
  QUESTION_IDS,
  type ModelId,
  type QuestionId,
  type StepId,
} from '../../src/model/decision-model'
import { LOCALES, type Locale } from '../../src/model/locale'
import { questionModel } from '../../src/model/questions'
import { formatSearch } from '../../src/url/codec'

export { HAS_CHROMIUM } from './chromium-path'

/** The interface languages, as they appear in the URL and in `<html lang>`. */
export const LANGS = LOCALES
export type Lang = Locale

/** The question steps in order; the result comes after them. */
export const STEPS = QUESTION_IDS
export type { ModelId, QuestionId, StepId }
export type Answers = Partial<Record<QuestionId, readonly string[]>>

/** Whether a question takes one answer (radios) or several (checkboxes). */
export const SINGLE = Object.fromEntries(
  questionModel.questions.map((q) => [q.id, q.selection === 'single']),
) as Record<QuestionId, boolean>

const LOCALE_TEXTS = {
  en: { common: enCommon, model: enModel, result: enResult, boot: enBoot },
  'zh-CN': { common: zhCommon, model: zhModel, result: zhResult, boot: zhBoot },
} as const
type Namespace = keyof (typeof LOCALE_TEXTS)['en']

/** The raw text of `ns:dotted.key` (namespace `common` when none is given), placeholders unfilled. */
export function rawText(lang: Lang, key: string): string {
  const [ns, path] = key.includes(':')
    ? (key.split(':', 2) as [Namespace, string])
    : (['common', key] as const)
  let node: unknown = LOCALE_TEXTS[lang][ns]
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  // A renamed key fails loudly here instead of matching nothing.
  if (typeof node !== 'string') throw new Error(`No text for ${key} in ${lang}`)
  return node
}

/** The text of `key` in `lang`, with `{{name}}` placeholders filled from `values`. */
export function t(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  return rawText(lang, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values[name] ?? `{{${name}}}`),
  )
}

/**
 * A pattern for the text of `key` in `lang`: the text literally, each `{{name}}` replaced by the
 * regex source in `patterns` (`.+?` when not given).
 */
export function textPattern(
  lang: Lang,
  key: string,
  patterns: Record<string, string> = {},
  flags = '',
): RegExp {
  const parts = rawText(lang, key).split(/\{\{(\w+)\}\}/)
  return new RegExp(
    parts.map((part, i) => (i % 2 === 1 ? (patterns[part] ?? '.+?') : escapeRegExp(part))).join(''),
    flags,
  )
}

/** Option ids of a question, in the order the page shows them (the locale file keeps that order). */
export function optionIds(question: QuestionId): string[] {
  return Object.keys(enModel.options[question])
}

/** The visible label of an option. */
export function optionLabel(lang: Lang, question: QuestionId, option: string): string {
  return t(lang, `model:options.${question}.${option}`)
}

/** "Step 2 of 5" / "第 2 步，共 5 步". */
export function progressText(lang: Lang, question: QuestionId): string {
  return t(lang, 'progress', { current: STEPS.indexOf(question) + 1, total: STEPS.length })
}

/** The result page heading, e.g. "Recommended: GPT-4" / "推荐：GPT-4". */
export function verdictHeading(lang: Lang, model: ModelId): string {
  return t(lang, 'result:heading', { model: t(lang, `model:models.${model}`) })
}

/** Every key of every locale file (`ns:a.b.c`, `ns.a.b.c` and `a.b.c`), to spot a raw key shown on screen. */
export function allTranslationKeys(): string[] {
  const keys = new Set<string>()
  const walk = (ns: string, node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      keys.add(`${ns}:${path.join('.')}`)
      keys.add(`${ns}.${path.join('.')}`)
      keys.add(path.join('.'))
      return
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(ns, v, [...path, k])
  }
  for (const lang of LANGS)
    for (const [ns, texts] of Object.entries(LOCALE_TEXTS[lang])) walk(ns, texts, [])
  return [...keys]
}

/** The canonical cases of PRODUCT.md, shared with the model tests. */
export { CANONICAL_CASES } from '../fixtures/canonical-cases'

/** The first canonical case: the usual fixture when any complete set of answers will do. */
export const GPT4_CASE = CANONICAL_CASES[0]

/** Answers of the questions before `step` (all of them for the result). */
export function answersBefore(answers: Answers, step: StepId): Answers {
  const end = step === 'result' ? STEPS.length : STEPS.indexOf(step)
  return Object.fromEntries(
    STEPS.slice(0, end)
      .map((q) => [q, answers[q]])
      .filter(([, v]) => v),
  )
}

/** The canonical query string the app writes: `?v=1&lang=…&step=…&uses=…&…` (the app's own formatter). */
export function appSearch(lang: Lang, step: StepId, answers: Answers = {}): string {
  return formatSearch({ locale: lang, step, answers })
}

/** A pattern matching the canonical query string of exactly this location. */
export function appUrlPattern(lang: Lang, step: StepId, answers: Answers = {}): RegExp {
  const escaped = escapeRegExp(appSearch(lang, step, answers))
  return new RegExp(`/wizard/sub/${escaped}$`)
}

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

export function backLink(page: Page, lang: Lang): Locator {
  return page.getByRole('link', { name: t(lang, 'actions.back'), exact: true })
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

/** Collects uncaught page errors and console errors; `expectNone()` fails if any came. */
export function watchErrors(page: Page): { errors: string[]; expectNone: () => void } {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`)
  })
  return { errors, expectNone: () => expect(errors, 'errors in the page').toEqual([]) }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
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

/** The local-storage key holding the chosen language. */
export { LOCALE_STORAGE_KEY } from '../../src/store/locale-storage'
