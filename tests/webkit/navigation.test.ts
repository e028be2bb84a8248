// WebKit: the browser's own navigation (Back, Forward, reload, a bookmark opened in a fresh
// browser), the language switch on a step and on the result, and Continue without an answer.
import type { WebDriver } from 'selenium-webdriver'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import {
  CANONICAL_CASES,
  GPT4_CASE,
  LANGS,
  STEPS,
  answersBefore,
  appSearch,
  escapeRegExp,
  t,
  type Lang,
} from '../shared/app'
import {
  byText,
  expectChosen,
  expectNoPageErrors,
  expectQuestion,
  expectVerdict,
  openApp,
  pageErrors,
  pressContinue,
  startSession,
  tick,
  walk,
} from './driver'

let driver: WebDriver
beforeAll(async () => {
  driver = await startSession()
})
afterEach(() => expectNoPageErrors(driver))
afterAll(() => driver?.quit())

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en')

/** The page's address, from `?` on. */
const search = async () => new URL(await driver.getCurrentUrl()).search

test('the page records its errors from the first script on (the check after each test can fail)', async () => {
  await openApp(driver, 'en')
  await driver.executeScript(`
    setTimeout(() => { throw new Error('thrown on purpose') })
    document.head.append(Object.assign(document.createElement('script'), { src: 'missing.js' }))`)
  await expect
    .poll(() => pageErrors(driver))
    .toEqual([
      expect.stringContaining('thrown on purpose'),
      expect.stringMatching(/^failed to load: .*\/missing\.js$/),
    ])
  // A fresh document starts a fresh record: the next test begins with none.
  await driver.navigate().refresh()
  await expectQuestion(driver, 'en', 'uses')
})

test('Back and Forward move through every step and the result, keeping the answers', async () => {
  const answers = CANONICAL_CASES[3].answers
  await openApp(driver, 'en')
  await walk(driver, 'en', answers)
  await expectVerdict(driver, 'en', 'gpt-4')
  for (const q of [...STEPS].reverse()) {
    await driver.navigate().back()
    await expectQuestion(driver, 'en', q)
    await expectChosen(driver, 'en', q, answers[q])
  }
  for (const q of STEPS.slice(1)) {
    await driver.navigate().forward()
    await expectQuestion(driver, 'en', q)
    await expectChosen(driver, 'en', q, answers[q])
  }
  await driver.navigate().forward()
  await expectVerdict(driver, 'en', 'gpt-4')
})

test('reload keeps the step and the answers, on a step and on the result', async () => {
  const answers = GPT4_CASE.answers
  await openApp(driver, 'zh-CN', 'abilities', answersBefore(answers, 'abilities'))
  await tick(driver, 'zh-CN', 'abilities', answers.abilities)
  // The address takes the answer just after the tick is painted; a person reloads after that.
  const answered = appSearch('zh-CN', 'abilities', answersBefore(answers, 'priority'))
  await expect.poll(search).toBe(answered)
  await driver.navigate().refresh()
  await expectQuestion(driver, 'zh-CN', 'abilities')
  await expectChosen(driver, 'zh-CN', 'abilities', answers.abilities)
  expect(await search()).toBe(answered)

  await openApp(driver, 'zh-CN', 'result', answers)
  await expectVerdict(driver, 'zh-CN', GPT4_CASE.verdict)
  await driver.navigate().refresh()
  await expectVerdict(driver, 'zh-CN', GPT4_CASE.verdict)
})

test('a bookmarked result opens with the same verdict in a fresh browser', async () => {
  const c = CANONICAL_CASES[1]
  await openApp(driver, 'zh-CN')
  await walk(driver, 'zh-CN', c.answers)
  await expectVerdict(driver, 'zh-CN', c.verdict)
  const bookmark = await driver.getCurrentUrl()
  await expectNoPageErrors(driver)
  await driver.quit()
  driver = await startSession()
  await driver.get(bookmark)
  await expectVerdict(driver, 'zh-CN', c.verdict)
  expect(await driver.getCurrentUrl()).toBe(bookmark)
})

for (const lang of LANGS) {
  test(`${lang}: switching language on a step keeps the step and the answers`, async () => {
    const answers = answersBefore(GPT4_CASE.answers, 'priority')
    await openApp(driver, lang, 'abilities', answers)
    await (await byText(driver, 'a', t(lang, `language.names.${other(lang)}`))).click()
    await expectQuestion(driver, other(lang), 'abilities')
    await expectChosen(driver, other(lang), 'abilities', answers.abilities)
    await expect.poll(search).toBe(appSearch(other(lang), 'abilities', answers))
  })

  test(`${lang}: switching language on the result keeps the verdict`, async () => {
    await openApp(driver, lang, 'result', GPT4_CASE.answers)
    await expectVerdict(driver, lang, GPT4_CASE.verdict)
    await (await byText(driver, 'a', t(lang, `language.names.${other(lang)}`))).click()
    await expectVerdict(driver, other(lang), GPT4_CASE.verdict)
    await expect.poll(search).toBe(appSearch(other(lang), 'result', GPT4_CASE.answers))
  })

  test(`${lang}: Continue without an answer shows the error summary, focused, and the message`, async () => {
    await openApp(driver, lang)
    await pressContinue(driver, lang)
    const summary = await byText(driver, '[role=alert] h2', t(lang, 'errors.summaryTitle'))
    expect(
      await driver.executeScript(
        'return document.activeElement === arguments[0].closest("[role=alert]")',
        summary,
      ),
    ).toBe(true)
    await byText(
      driver,
      '.error-message',
      `${t(lang, 'errors.titlePrefix')}${t(lang, 'errors.selectSome')}`,
    )
    expect(await driver.getTitle()).toMatch(
      new RegExp(`^${escapeRegExp(t(lang, 'errors.titlePrefix').trim())}`),
    )
    await expectQuestion(driver, lang, 'uses')
    // Answering and Continue go on, and the error is gone.
    await tick(driver, lang, 'uses', GPT4_CASE.answers.uses)
    await pressContinue(driver, lang)
    await expectQuestion(driver, lang, 'complexity')
    expect(
      await driver.executeScript('return document.querySelectorAll("[role=alert]").length'),
    ).toBe(0)
  })
}
