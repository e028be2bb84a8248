// WebKit: the canonical cases of PRODUCT.md walked by label in both languages, each ending on the
// verdict the article demands, at the address the app writes, with no error in the page.
import type { WebDriver } from 'selenium-webdriver'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { CANONICAL_CASES, LANGS, appSearch } from '../shared/app'
import { expectNoPageErrors, expectVerdict, openApp, startSession, walk } from './driver'

let driver: WebDriver
beforeAll(async () => {
  driver = await startSession()
})
afterEach(() => expectNoPageErrors(driver))
afterAll(() => driver?.quit())

for (const lang of LANGS) {
  for (const c of CANONICAL_CASES) {
    test(`${lang}: canonical case → ${c.verdict}: ${c.name}`, async () => {
      await openApp(driver, lang)
      await walk(driver, lang, c.answers)
      await expectVerdict(driver, lang, c.verdict)
      expect(new URL(await driver.getCurrentUrl()).search).toBe(
        appSearch(lang, 'result', c.answers),
      )
    })
  }
}
