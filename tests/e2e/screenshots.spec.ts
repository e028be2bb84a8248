// Screenshots for docs/screenshots/: every step, the error state and the result, in both languages
// on both sizes (light), plus the result in dark, in each Playwright engine (Chromium's files keep
// their names, `en-phone-…`; Firefox's are `en-firefox-phone-…`). Written on every run, in a walk
// that must show no error in the page; see the README there.
import { dirname, resolve } from 'node:path'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import {
  GPT4_CASE,
  LANGS,
  STEPS,
  answerWithPointer,
  continueButton,
  engineOf,
  expectQuestion,
  expectVerdict,
  fixedColorScheme,
  isTouch,
  openApp,
  press,
  sizeOf,
  watchErrors,
  SIZE,
} from './helpers'
import type { Answers } from '../../src/model/decision-model'
import { PERSONAS } from '../fixtures/personas'

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<Buffer> {
  const dir = resolve(
    dirname(testInfo.config.configFile ?? `${process.cwd()}/x`),
    'docs/screenshots',
  )
  // On a touch screen the tapped button carries the browser's tap highlight for a moment, fading
  // out on the compositor (no CSS animation to disable): the image shows the page once it is gone.
  if (isTouch(testInfo)) await page.waitForTimeout(1000)
  return page.screenshot({
    path: `${dir}/${name}.png`,
    fullPage: true,
    scale: 'css',
    animations: 'disabled',
    caret: 'hide',
  })
}

/** The files' prefix: `en-phone` in Chromium (the names the docs link to), `en-firefox-phone` else. */
function prefixOf(lang: string, testInfo: TestInfo): string {
  const engine = engineOf(testInfo)
  return [lang, ...(engine === 'chromium' ? [] : [engine]), sizeOf(testInfo)].join('-')
}

for (const lang of LANGS) {
  test(`screenshots (${lang})`, SIZE, async ({ page }, testInfo) => {
    const errors = watchErrors(page)
    const prefix = prefixOf(lang, testInfo)
    // Where the project fixes the scheme by a preference (Firefox), it is light here; dark is the
    // dark project's (below).
    const emulated = !fixedColorScheme(testInfo)
    if (emulated) await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
    await openApp(page, lang)
    for (const [i, q] of STEPS.entries()) {
      await expectQuestion(page, lang, q)
      await shoot(page, testInfo, `${prefix}-${i + 1}-${q}`)
      if (q === 'uses') {
        await press(continueButton(page, lang), testInfo)
        await expect(page.getByRole('alert')).toBeFocused()
        await shoot(page, testInfo, `${prefix}-${i + 1}-${q}-error`)
      }
      await answerWithPointer(page, lang, q, GPT4_CASE.answers[q], testInfo)
      await press(continueButton(page, lang), testInfo)
    }
    await expectVerdict(page, lang, 'gpt-4')
    await shoot(page, testInfo, `${prefix}-result`)
    if (emulated) {
      await page.emulateMedia({ colorScheme: 'dark' })
      await shoot(page, testInfo, `${prefix}-result-dark`)
      await page.emulateMedia({ colorScheme: 'light' })
    }
    // Uses that point to different models: the per-use sentence under the heading.
    const mixed = PERSONAS.find((p) => p.name === 'researcher with reminders')!
    await openApp(page, lang, 'result', mixed.answers as Answers)
    await expectVerdict(page, lang, mixed.verdict)
    await shoot(page, testInfo, `${prefix}-result-mixed`)
    errors.expectNone()
  })

  test(`dark screenshot of the result, by the browser's preference (${lang})`, async ({
    page,
  }, testInfo) => {
    test.skip(
      fixedColorScheme(testInfo) !== 'dark',
      'only where the project sets the dark scheme by preference; elsewhere emulated above',
    )
    const errors = watchErrors(page)
    await openApp(page, lang, 'result', GPT4_CASE.answers)
    await expectVerdict(page, lang, 'gpt-4')
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
    await shoot(page, testInfo, `${prefixOf(lang, testInfo)}-result-dark`)
    errors.expectNone()
  })
}
