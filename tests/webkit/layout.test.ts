// WebKit: what its layout and fonts got wrong and the stylesheet now mends, measured on the page.
import type { WebDriver } from 'selenium-webdriver'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { GPT4_CASE, LANGS, STEPS, answersBefore } from '../shared/app'
import { expectNoPageErrors, expectQuestion, openApp, startSession } from './driver'

let driver: WebDriver
beforeAll(async () => {
  driver = await startSession()
})
afterEach(() => expectNoPageErrors(driver))
afterAll(() => driver?.quit())

for (const lang of LANGS) {
  test(`${lang}: the hint stands 0.75 rem under the question on every step, not flush`, async () => {
    // WebKit dropped the bottom margin of the heading inside the <legend>: 0 px here, 12 px in
    // Chromium and Firefox.
    const gaps: Record<string, number> = {}
    let rem = 0
    for (const q of STEPS) {
      await openApp(driver, lang, q, answersBefore(GPT4_CASE.answers, q))
      await expectQuestion(driver, lang, q)
      const measured = await driver.executeScript<{ gap: number; rem: number }>(`
        const h1 = [...document.querySelectorAll('legend h1')].find((h) => h.getClientRects().length > 0)
        const hint = h1.closest('fieldset').querySelector('.hint')
        return {
          gap: hint.getBoundingClientRect().top - h1.getBoundingClientRect().bottom,
          rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
        }`)
      gaps[q] = Math.round(measured.gap * 10) / 10
      rem = measured.rem
    }
    expect(gaps).toEqual(Object.fromEntries(STEPS.map((q) => [q, 0.75 * rem])))
  })
}

test('English text’s curly quotes are the narrow ones of a Latin font, not a CJK font’s full-width', async () => {
  // WebKitGTK knows no system-ui, and took the next family of the list, a CJK font, for English.
  await openApp(driver, 'en')
  const { width, fontSize } = await driver.executeScript<{ width: number; fontSize: number }>(`
    const intro = document.querySelector('.intro')
    const walker = document.createTreeWalker(intro, NodeFilter.SHOW_TEXT)
    let node
    while ((node = walker.nextNode()) && !node.data.includes('“'));
    const range = document.createRange()
    range.setStart(node, node.data.indexOf('“'))
    range.setEnd(node, node.data.indexOf('“') + 1)
    return {
      width: range.getBoundingClientRect().width,
      fontSize: parseFloat(getComputedStyle(intro).fontSize),
    }`)
  expect(width / fontSize).toBeLessThan(0.6)
})
