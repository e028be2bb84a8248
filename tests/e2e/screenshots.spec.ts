// Screenshots for docs/screenshots/: every step, the error state and the result, in both languages
// on both projects (light), plus the result in dark. Written on every run; see the README there.
import { dirname, resolve } from 'node:path'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import {
  GPT4_CASE,
  LANGS,
  STEPS,
  answerWithPointer,
  continueButton,
  expectQuestion,
  expectVerdict,
  isTouch,
  openApp,
  press,
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

for (const lang of LANGS) {
  test(`screenshots (${lang})`, async ({ page }, testInfo) => {
    const prefix = `${lang}-${testInfo.project.name}`
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
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
    await page.emulateMedia({ colorScheme: 'dark' })
    await shoot(page, testInfo, `${prefix}-result-dark`)
    // Uses that point to different models: the per-use sentence under the heading.
    await page.emulateMedia({ colorScheme: 'light' })
    const mixed = PERSONAS.find((p) => p.name === 'researcher with reminders')!
    await openApp(page, lang, 'result', mixed.answers as Answers)
    await expectVerdict(page, lang, mixed.verdict)
    await shoot(page, testInfo, `${prefix}-result-mixed`)
  })
}
