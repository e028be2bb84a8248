// WebKit's screenshots for docs/screenshots/ (`<language>-webkit-desktop-<page>.png`): every step
// as it first appears, the first step's error, and the result, in both languages, light scheme.
// The answers are the first canonical case, as in tests/e2e/screenshots.spec.ts.
import type { WebDriver } from 'selenium-webdriver'
import { afterAll, afterEach, beforeAll, test } from 'vitest'
import { GPT4_CASE, LANGS, STEPS, t } from '../shared/app'
import {
  byText,
  expectNoPageErrors,
  expectQuestion,
  expectVerdict,
  openApp,
  pressContinue,
  screenshot,
  startSession,
  tick,
} from './driver'

let driver: WebDriver
beforeAll(async () => {
  driver = await startSession()
})
afterEach(() => expectNoPageErrors(driver))
afterAll(() => driver?.quit())

for (const lang of LANGS) {
  test(`screenshots (${lang})`, async () => {
    const prefix = `${lang}-webkit-desktop`
    await openApp(driver, lang)
    for (const [i, q] of STEPS.entries()) {
      await expectQuestion(driver, lang, q)
      await screenshot(driver, `${prefix}-${i + 1}-${q}`)
      if (q === 'uses') {
        await pressContinue(driver, lang)
        await byText(driver, '[role=alert] h2', t(lang, 'errors.summaryTitle'))
        await screenshot(driver, `${prefix}-${i + 1}-${q}-error`)
      }
      await tick(driver, lang, q, GPT4_CASE.answers[q])
      await pressContinue(driver, lang)
    }
    await expectVerdict(driver, lang, GPT4_CASE.verdict)
    await screenshot(driver, `${prefix}-result`)
  })
}
