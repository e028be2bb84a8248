// Languages: switching on a step and on the result, the language of a first visit (URL, then the
// stored choice, then the browser's languages), and no raw translation key on screen, ever.
import { expect, test, type Page } from '@playwright/test'
import {
  GPT4_CASE,
  LANGS,
  LOCALE_STORAGE_KEY,
  STEPS,
  answersBefore,
  appSearch,
  appUrlPattern,
  backLink,
  continueButton,
  expectChosen,
  expectQuestion,
  expectVerdict,
  freshContext,
  historyLength,
  openApp,
  option,
  press,
  setBrowserLanguages,
  t,
  waitForApp,
  watchErrors,
  watchRawKeys,
  type Lang,
} from './helpers'

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh-CN' : 'en')

/** The link to `target` in the language switch (the nav is named in the current language). */
function languageLink(page: Page, current: Lang, target: Lang) {
  return page
    .getByRole('navigation', { name: t(current, 'language.label') })
    .getByRole('link', { name: t(current, `language.names.${target}`), exact: true })
}

for (const lang of LANGS) {
  test.describe(lang, () => {
    test('switching language on a step keeps the step and the answers', async ({
      page,
    }, testInfo) => {
      const rawKeys = await watchRawKeys(page)
      const answers = {
        ...answersBefore(GPT4_CASE.answers, 'abilities'),
        abilities: GPT4_CASE.answers.abilities,
      }
      await openApp(page, lang, 'abilities', answers)
      await expect(languageLink(page, lang, lang)).toHaveAttribute('aria-current', 'true')
      const entries = await historyLength(page)

      await press(languageLink(page, lang, other(lang)), testInfo)
      await expectQuestion(page, other(lang), 'abilities')
      await expectChosen(page, other(lang), 'abilities', answers.abilities)
      await expect(page).toHaveURL(appUrlPattern(other(lang), 'abilities', answers))
      await expect(languageLink(page, other(lang), other(lang))).toHaveAttribute(
        'aria-current',
        'true',
      )
      // The switch replaces the history entry, and is remembered.
      expect(await historyLength(page)).toBe(entries)
      expect(await page.evaluate((key) => localStorage.getItem(key), LOCALE_STORAGE_KEY)).toBe(
        other(lang),
      )

      // Back goes to the previous step, in the language now chosen, with its answer.
      await press(backLink(page, other(lang)), testInfo)
      await expectQuestion(page, other(lang), 'work-style')
      await expectChosen(page, other(lang), 'work-style', answers['work-style'])

      await press(languageLink(page, other(lang), lang), testInfo)
      await expectQuestion(page, lang, 'work-style')
      await expectChosen(page, lang, 'work-style', answers['work-style'])
      rawKeys.expectNone()
    })

    test('switching language on the result keeps the verdict', async ({ page }, testInfo) => {
      const rawKeys = await watchRawKeys(page)
      const answers = GPT4_CASE.answers
      await openApp(page, lang, 'result', answers)
      await expectVerdict(page, lang, 'gpt-4')
      await press(languageLink(page, lang, other(lang)), testInfo)
      await expectVerdict(page, other(lang), 'gpt-4')
      await expect(page).toHaveURL(appUrlPattern(other(lang), 'result', answers))
      await expect(
        page.getByRole('heading', { name: t(other(lang), 'result:answersHeading'), exact: true }),
      ).toBeVisible()
      await page.reload()
      await expectVerdict(page, other(lang), 'gpt-4')
      await press(languageLink(page, other(lang), lang), testInfo)
      await expectVerdict(page, lang, 'gpt-4')
      rawKeys.expectNone()
    })

    test('the last language picked wins, even while the other one is still loading', async ({
      page,
    }) => {
      // The other language's texts take a second to come; the person changes their mind meanwhile.
      await page.route(`**/assets/${other(lang)}-*.js`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000))
        await route.continue()
      })
      await openApp(page, lang, 'complexity', { uses: ['code'] })
      await languageLink(page, lang, other(lang)).click()
      await languageLink(page, lang, lang).click()
      await page.waitForResponse(new RegExp(`/assets/${other(lang)}-[^/]*\\.js$`))
      await page.waitForTimeout(300)
      await expectQuestion(page, lang, 'complexity')
      await expect(page).toHaveURL(appUrlPattern(lang, 'complexity', { uses: ['code'] }))
    })

    test('the next question is in the page’s language, even when the other language’s texts come first', async ({
      page,
    }) => {
      // This language's texts of the later steps take 3 s to come; meanwhile the pointer rests on
      // the other language's link, which fetches that language's texts at once.
      await page.route(`**/assets/${lang}-*.js`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 3000))
        await route.continue()
      })
      await page.goto(lang === 'en' ? './' : `?lang=${lang}`)
      await waitForApp(page)
      const otherTexts = page.waitForResponse(new RegExp(`/assets/${other(lang)}-[^/.]+\\.js$`))
      await languageLink(page, lang, other(lang)).hover()
      await otherTexts
      await option(page, lang, 'uses', 'code').check()
      await continueButton(page, lang).click()
      await expectQuestion(page, lang, 'complexity')
      await expect(option(page, lang, 'complexity', 'simple')).toBeVisible()
    })

    test('no raw translation key on screen while any step or the result loads', async ({
      page,
    }) => {
      const rawKeys = await watchRawKeys(page)
      // Slow the lazily loaded chunks (texts, result view) so the loading states last a while.
      await page.route('**/assets/*.js', async (route) => {
        if (!/\/index-[^/]*\.js$/.test(route.request().url()))
          await new Promise((resolve) => setTimeout(resolve, 250))
        await route.continue()
      })
      for (const step of [...STEPS, 'result'] as const) {
        await page.goto(appSearch(lang, step, answersBefore(GPT4_CASE.answers, step)))
        await expect(page.locator('h1:visible')).toBeVisible()
      }
      // And while switching language on the result, both ways.
      await languageLink(page, lang, other(lang)).click()
      await expectVerdict(page, other(lang), 'gpt-4')
      await languageLink(page, other(lang), lang).click()
      await expectVerdict(page, lang, 'gpt-4')
      rawKeys.expectNone()
    })
  })
}

for (const lang of LANGS) {
  test(`while the other language's texts load the switch is busy and says so, then switches (${lang})`, async ({
    page,
  }) => {
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route(`**/assets/${other(lang)}-*.js`, async (route) => {
      await released
      await route.continue()
    })
    await openApp(page, lang, 'complexity', { uses: ['code'] })
    const nav = page.getByRole('navigation', { name: t(lang, 'language.label') })
    await languageLink(page, lang, other(lang)).click()
    const switching = t(lang, 'language.switching', {
      language: t(lang, `language.names.${other(lang)}`),
    })
    // Announced: the text is in a live region, and the switch is marked busy.
    await expect(page.getByRole('status').filter({ hasText: switching })).toBeVisible()
    await expect(nav).toHaveAttribute('aria-busy', 'true')
    await expectQuestion(page, lang, 'complexity')
    release()
    await expectQuestion(page, other(lang), 'complexity')
    await expect(
      page.getByRole('navigation', { name: t(other(lang), 'language.label') }),
    ).toHaveAttribute('aria-busy', 'false')
    await expect(page.getByText(switching)).toHaveCount(0)
  })

  test(`offline with no copy of the other language, the switch says it could not switch (${lang})`, async ({
    browser,
  }, testInfo) => {
    // No service worker: the person's first visit, before any offline copy.
    const context = await freshContext(browser, testInfo, { serviceWorkers: 'block' })
    const page = await context.newPage()
    await openApp(page, lang, 'complexity', { uses: ['code'] })
    await context.setOffline(true)
    await languageLink(page, lang, other(lang)).click()
    const failed = t(lang, 'language.switchFailed', {
      language: t(lang, `language.names.${other(lang)}`),
    })
    await expect(page.getByRole('status').filter({ hasText: failed })).toBeVisible()
    // The page stays as it was, in its language, with its address.
    await expectQuestion(page, lang, 'complexity')
    await expect(page).toHaveURL(appUrlPattern(lang, 'complexity', { uses: ['code'] }))
    // Back online, the failure is no longer said, and the same link switches.
    await context.setOffline(false)
    await expect(page.getByText(failed)).toHaveCount(0)
    await languageLink(page, lang, other(lang)).click()
    await expectQuestion(page, other(lang), 'complexity')
    await expect(page.getByText(failed)).toHaveCount(0)
    await context.close()
  })
}

test('when the Chinese texts cannot load, the app shows in English, not never, and without errors', async ({
  page,
}) => {
  const errors = watchErrors(page)
  await page.route('**/assets/zh-CN-*.js', (route) => route.abort())
  await page.goto('?lang=zh-CN')
  await waitForApp(page)
  await expect(page.locator('h1:visible')).toContainText(t('en', 'model:questions.uses.title'))
  await option(page, 'en', 'uses', 'code').check()
  await continueButton(page, 'en').click()
  await expect(page.locator('h1:visible')).toContainText(
    t('en', 'model:questions.complexity.title'),
  )
  await expect(option(page, 'en', 'complexity', 'simple')).toBeVisible()
  // No hydration mismatch: the Chinese markup is rendered afresh in English. (The aborted
  // request's own console message is the browser's.)
  expect(errors.errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([])
})

test('the raw-key watcher does catch a raw key', async ({ page }) => {
  const rawKeys = await watchRawKeys(page)
  await openApp(page, 'en')
  await page.evaluate(() => {
    const p = document.createElement('p')
    p.textContent = 'model:questions.uses.title and result.reasonAnswers'
    document.body.append(p)
  })
  await expect.poll(() => rawKeys.found.size).toBeGreaterThanOrEqual(2)
})

// A first visit, no language in the URL and nothing stored: the browser's languages decide.
const FIRST_VISITS: { languages: readonly string[]; expected: Lang; viaLocale?: boolean }[] = [
  { languages: ['zh-CN'], expected: 'zh-CN', viaLocale: true },
  { languages: ['zh-TW'], expected: 'zh-CN', viaLocale: true },
  { languages: ['zh-HK'], expected: 'zh-CN', viaLocale: true },
  { languages: ['zh'], expected: 'zh-CN', viaLocale: true },
  { languages: ['zh-Hans'], expected: 'zh-CN' },
  { languages: ['fr', 'zh-CN'], expected: 'zh-CN' },
  { languages: ['en-GB'], expected: 'en', viaLocale: true },
  { languages: ['fr'], expected: 'en', viaLocale: true },
  { languages: ['de'], expected: 'en', viaLocale: true },
  { languages: ['ja'], expected: 'en', viaLocale: true },
  { languages: ['de', 'fr'], expected: 'en' },
  { languages: [], expected: 'en' },
]

for (const visit of FIRST_VISITS) {
  test(`first visit with browser languages [${visit.languages.join(', ')}] → ${visit.expected}`, async ({
    browser,
  }, testInfo) => {
    // Single tags go through the browser's own locale setting (navigator and Accept-Language);
    // lists and tags Chromium does not take as a locale are set on navigator before the app starts.
    const context = await freshContext(
      browser,
      testInfo,
      visit.viaLocale ? { locale: visit.languages[0]! } : {},
    )
    try {
      if (!visit.viaLocale) await setBrowserLanguages(context, visit.languages)
      const page = await context.newPage()
      const rawKeys = await watchRawKeys(page)
      if (visit.viaLocale)
        expect(await page.evaluate(() => navigator.languages)).toEqual(visit.languages)
      await page.goto('./')
      await expectQuestion(page, visit.expected, 'uses')
      await expect(page).toHaveURL(appUrlPattern(visit.expected, 'uses'))
      // Only a language the person picks is stored, never the detected one.
      expect(await page.evaluate((key) => localStorage.getItem(key), LOCALE_STORAGE_KEY)).toBeNull()
      rawKeys.expectNone()
    } finally {
      await context.close()
    }
  })
}

test('the URL language wins over the stored one, the stored one over the browser', async ({
  browser,
}, testInfo) => {
  const context = await freshContext(browser, testInfo, { locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    await page.goto('./')
    await expectQuestion(page, 'zh-CN', 'uses')
    // Pick English: it is stored and wins over the browser's Chinese on the next visit.
    await languageLink(page, 'zh-CN', 'en').click()
    await expectQuestion(page, 'en', 'uses')
    await page.goto('./')
    await expectQuestion(page, 'en', 'uses')
    // A language in the URL wins over both.
    await page.goto('?lang=zh-CN')
    await expectQuestion(page, 'zh-CN', 'uses')
    await page.goto('?lang=zh-TW&step=uses')
    await expectQuestion(page, 'zh-CN', 'uses')
    await expect(page).toHaveURL(appUrlPattern('zh-CN', 'uses'))
    // An unknown URL language falls back to the stored one, and says so.
    await page.goto('?lang=fr')
    await expectQuestion(page, 'en', 'uses')
    await expect(page.getByRole('main').getByRole('status')).toContainText(
      t('en', 'notices.unknownLocale'),
    )
    // Picking a language answers that sentence: the notice, which said nothing else, goes.
    await languageLink(page, 'en', 'zh-CN').click()
    await expectQuestion(page, 'zh-CN', 'uses')
    await expect(page.locator('.notice')).toHaveCount(0)
  } finally {
    await context.close()
  }
})
