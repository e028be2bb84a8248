// The wizard end to end with a pointer (mouse on desktop, touch on the phone): the canonical cases,
// history (Back/Forward), reload, shared result links, the error state and double clicks.
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test'
import type { Answers } from '../../src/model/decision-model'
import { scoreModels } from '../../src/model/score'
import { PERSONAS } from '../fixtures/personas'
import {
  CANONICAL_CASES,
  GPT4_CASE,
  LANGS,
  START_PAGE,
  STEPS,
  answerWithPointer,
  answersBefore,
  appSearch,
  appUrlPattern,
  backLink,
  completeWithPointer,
  continueButton,
  seeResultButton,
  escapeRegExp,
  expectChosen,
  expectQuestion,
  expectVerdict,
  freshContext,
  heading,
  historyLength,
  openApp,
  option,
  optionIds,
  optionLabel,
  press,
  t,
  textPattern,
  watchErrors,
  engineOf,
  sizeOf,
  SIZE,
} from './helpers'

for (const lang of LANGS) {
  test.describe(lang, () => {
    for (const [i, c] of CANONICAL_CASES.entries()) {
      test(`canonical case → ${c.verdict}: ${c.name}`, async ({ page, browser }, testInfo) => {
        test.skip(
          engineOf(testInfo) === 'firefox' && i !== LANGS.indexOf(lang),
          'Firefox walks one case per language, a different one each: the verdicts are the model’s',
        )
        const problems = watchErrors(page)
        await openApp(page, lang)
        await completeWithPointer(page, lang, c.answers, testInfo)
        await expectVerdict(page, lang, c.verdict)
        await expect(page).toHaveURL(appUrlPattern(lang, 'result', c.answers))

        // The same link in another browser (fresh context, empty storage) shows the same result.
        const url = page.url()
        const other = await freshContext(browser, testInfo)
        try {
          const second = await other.newPage()
          await second.goto(url)
          await expectVerdict(second, lang, c.verdict)
          await expect(second).toHaveURL(url)
        } finally {
          await other.close()
        }
        problems.expectNone()
      })
    }

    test('result page shows shares, reasons with sources, breakdown, answers and actions', async ({
      page,
    }) => {
      await openApp(page, lang, 'result', GPT4_CASE.answers)
      const model = (m: string) => t(lang, `model:models.${m}`)
      await expectVerdict(page, lang, 'gpt-4')
      const main = page.getByRole('main')
      await expect(
        main.getByRole('heading', { name: t(lang, 'result:sharesHeading'), exact: true }),
      ).toBeVisible()
      for (const m of ['gpt-4', 'chatgpt'])
        await expect(
          main.getByText(
            textPattern(lang, 'result:shareLabel', {
              model: escapeRegExp(model(m)),
              share: '\\d+',
            }),
          ),
        ).toBeVisible()

      // Each reason cites its section ("Article §N" / "原文第 N 节") and opens to the article's words.
      const citation = textPattern(lang, 'result:source', { section: '[2-7]' })
      const reasons = main.locator('details')
      expect(await reasons.count()).toBeGreaterThan(0)
      await expect(reasons.first().locator('summary')).toHaveText(citation)
      await expect(reasons.first().locator('blockquote').first()).toBeHidden()
      await reasons.first().locator('summary').click()
      await expect(reasons.first().locator('blockquote').first()).toBeVisible()
      await expect(reasons.first().locator('blockquote[lang="zh-CN"]')).toHaveCount(1)

      await expect(main.getByRole('heading', { name: t(lang, 'result:flipHeading') })).toBeVisible()
      // The answer-by-answer numbers are behind a disclosure: header, starting points, a row per
      // question and model, total.
      await expect(main.getByRole('table')).toBeHidden()
      await main.locator('summary', { hasText: t(lang, 'result:detailsSummary') }).click()
      await expect(main.getByRole('table')).toBeVisible()
      await expect(main.getByRole('table').getByRole('row')).toHaveCount(
        3 + scoreModels(GPT4_CASE.answers).rows.length,
      )
      await expect(
        main.getByRole('heading', { name: t(lang, 'result:answersHeading'), exact: true }),
      ).toBeVisible()
      await expect(
        main.getByRole('link', { name: new RegExp(`^${t(lang, 'actions.change')}`) }),
      ).toHaveCount(STEPS.length)
      for (const q of STEPS)
        await expect(
          main.getByText(optionLabel(lang, q, GPT4_CASE.answers[q][0]!)).first(),
        ).toBeVisible()
      for (const key of ['actions.copyLink', 'actions.copySummary', 'actions.print'])
        await expect(main.getByRole('button', { name: t(lang, key) })).toBeVisible()
      await expect(
        main.getByRole('heading', { name: t(lang, 'result:about.heading') }),
      ).toBeVisible()
      await expect(main.getByRole('link', { name: t(lang, 'actions.startAgain') })).toBeVisible()
    })

    test('mixed uses: the last step says where it leads, and the result reads top-down in a minute', async ({
      page,
    }, testInfo) => {
      const persona = PERSONAS.find((p) => p.name === 'researcher with reminders')!
      const answers = persona.answers as Required<Answers>
      await openApp(page, lang, 'priority', answersBefore(answers, 'priority'))
      await expect(seeResultButton(page, lang)).toBeVisible()
      await expect(
        page.getByRole('button', { name: t(lang, 'actions.continue'), exact: true }),
      ).toHaveCount(0)
      await answerWithPointer(page, lang, 'priority', answers.priority, testInfo)
      await press(seeResultButton(page, lang), testInfo)
      await expectVerdict(page, lang, persona.verdict)
      const main = page.getByRole('main')
      // Under the heading: which model fits each use, each use in its model's clause.
      const intro = t(lang, 'result:perUse').split('{{perUse}}')[0]!
      const perUse = main.getByText(new RegExp(`^${escapeRegExp(intro)}`))
      await expect(perUse).toBeVisible()
      const sentence = (await perUse.textContent()) ?? ''
      const [first = '', second = ''] = sentence.split(t(lang, 'result:perUseJoin'))
      for (const [clause, use, model] of [
        [first, 'papers', 'gpt-4'],
        [second, 'reminders', 'chatgpt'],
      ] as const) {
        expect(clause.toLowerCase()).toContain(optionLabel(lang, 'uses', use).toLowerCase())
        expect(clause).toContain(t(lang, `model:models.${model}`))
      }
      // Verdict, per-use split, reasons and what would change, in this order, all above the details.
      const top = async (target: Locator) => (await target.boundingBox())?.y ?? Number.NaN
      const ys = [
        await top(heading(page)),
        await top(perUse),
        await top(main.getByRole('heading', { level: 2 }).first()),
        await top(main.getByRole('heading', { name: t(lang, 'result:flipHeading') })),
        await top(main.locator('summary', { hasText: t(lang, 'result:detailsSummary') })),
      ]
      expect(ys, 'heading, per use, reasons, what would change, details').toEqual(
        [...ys].sort((a, b) => a - b),
      )
    })

    test('Back and Forward move through every step and the result, keeping the answers', async ({
      page,
    }, testInfo) => {
      const answers = CANONICAL_CASES[3].answers
      await page.goto(START_PAGE)
      const before = await historyLength(page)
      await openApp(page, lang)
      // Start-up rewrites the URL in place: one entry for the app, none for the canonical form.
      expect(await historyLength(page)).toBe(before + 1)
      for (const [i, q] of STEPS.entries()) {
        await answerWithPointer(page, lang, q, answers[q], testInfo)
        // Picking answers replaces the entry; only the step change below adds one.
        expect(await historyLength(page), `after answering ${q}`).toBe(before + 1 + i)
        await press(continueButton(page, lang), testInfo)
        if (i < STEPS.length - 1) await expectQuestion(page, lang, STEPS[i + 1]!)
      }
      await expectVerdict(page, lang, 'gpt-4')
      expect(await historyLength(page)).toBe(before + 1 + STEPS.length)

      for (const q of [...STEPS].reverse()) {
        await page.goBack()
        await expectQuestion(page, lang, q)
        await expectChosen(page, lang, q, answers[q])
        await expect(page).toHaveURL(appUrlPattern(lang, q, answers))
      }
      // Back from the first step leaves the app: start-up and answering added no entry of their own.
      await page.goBack()
      await expect(page).toHaveURL(START_PAGE)

      await page.goForward()
      await expectQuestion(page, lang, 'uses')
      await expectChosen(page, lang, 'uses', answers.uses)
      for (const q of STEPS.slice(1)) {
        await page.goForward()
        await expectQuestion(page, lang, q)
        await expectChosen(page, lang, q, answers[q])
      }
      await page.goForward()
      await expectVerdict(page, lang, 'gpt-4')
    })

    test('an answer changed after going Back survives Back and Forward', async ({
      page,
    }, testInfo) => {
      await openApp(page, lang, 'work-style', answersBefore(GPT4_CASE.answers, 'work-style'))
      await answerWithPointer(page, lang, 'work-style', ['both'], testInfo)
      await press(continueButton(page, lang), testInfo)
      await expectQuestion(page, lang, 'abilities')
      await page.goBack()
      await expectChosen(page, lang, 'work-style', ['both'])
      await answerWithPointer(page, lang, 'work-style', ['conversation'], testInfo)
      await page.goForward()
      await expectQuestion(page, lang, 'abilities')
      await page.goBack()
      await expectChosen(page, lang, 'work-style', ['conversation'])
    })

    test('reload keeps the step and the answers, on every step and on the result', async ({
      page,
    }, testInfo) => {
      const answers = GPT4_CASE.answers
      await openApp(page, lang)
      for (const q of STEPS) {
        await answerWithPointer(page, lang, q, answers[q], testInfo)
        // The address takes the answer just after the tick is painted; a person reloads after that.
        const answered = appUrlPattern(lang, q, { ...answersBefore(answers, q), [q]: answers[q] })
        await expect(page).toHaveURL(answered)
        await page.reload()
        await expectQuestion(page, lang, q)
        await expectChosen(page, lang, q, answers[q])
        await expect(page).toHaveURL(answered)
        await press(continueButton(page, lang), testInfo)
      }
      await expectVerdict(page, lang, 'gpt-4')
      await page.reload()
      await expectVerdict(page, lang, 'gpt-4')
    })

    test('in-app Back link and Change links open the earlier step with its answer', async ({
      page,
    }, testInfo) => {
      await openApp(page, lang, 'result', GPT4_CASE.answers)
      await press(
        page.getByRole('link', { name: new RegExp(`^${t(lang, 'actions.change')}`) }).nth(1),
        testInfo,
      )
      await expectQuestion(page, lang, 'complexity')
      await expectChosen(page, lang, 'complexity', GPT4_CASE.answers.complexity)
      await expect(heading(page)).toBeFocused()
      await press(backLink(page, lang), testInfo)
      await expectQuestion(page, lang, 'uses')
      await expectChosen(page, lang, 'uses', GPT4_CASE.answers.uses)
      await expect(heading(page)).toBeFocused()
      await expect(backLink(page, lang)).toHaveCount(0)
      // Back leaves the Change: Continue walks the questions again, in order.
      await press(continueButton(page, lang), testInfo)
      await expectQuestion(page, lang, 'complexity')
      await expect(heading(page)).toBeFocused()
    })

    test(
      'back on the result from a Change, the page shows its top, where focus is',
      SIZE,
      async ({ page }, testInfo) => {
        const settled = () =>
          page.evaluate(
            () =>
              new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
          )
        // The last Change link is in "Your answers", at the end of the page.
        const lastChange = page
          .getByRole('link', { name: new RegExp(`^${t(lang, 'actions.change')}`) })
          .last()
        for (const back of ['Continue', 'the browser’s Back'] as const) {
          await openApp(page, lang, 'result', GPT4_CASE.answers)
          await lastChange.scrollIntoViewIfNeeded()
          expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
          await press(lastChange, testInfo)
          await expectQuestion(page, lang, 'priority')
          expect(await page.evaluate(() => window.scrollY), 'the question opens at its top').toBe(0)
          if (back === 'Continue') await press(seeResultButton(page, lang), testInfo)
          else await page.goBack()
          await expectVerdict(page, lang, 'gpt-4')
          await settled()
          await expect(heading(page), back).toBeFocused()
          await expect(heading(page), back).toBeInViewport()
          expect(await page.evaluate(() => window.scrollY), back).toBe(0)
        }
      },
    )

    test(
      'Back and Forward bring a page back at its top, even one left scrolled down',
      SIZE,
      async ({ page }, testInfo) => {
        await openApp(page, lang, 'priority', answersBefore(GPT4_CASE.answers, 'priority'))
        await answerWithPointer(page, lang, 'priority', GPT4_CASE.answers.priority, testInfo)
        await press(continueButton(page, lang), testInfo)
        await expectVerdict(page, lang, 'gpt-4')
        await page
          .getByRole('link', { name: new RegExp(`^${t(lang, 'actions.change')}`) })
          .last()
          .scrollIntoViewIfNeeded()
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
        await page.goBack()
        await expectQuestion(page, lang, 'priority')
        await page.goForward()
        await expectVerdict(page, lang, 'gpt-4')
        await page.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        )
        await expect(heading(page)).toBeFocused()
        await expect(heading(page)).toBeInViewport()
        expect(await page.evaluate(() => window.scrollY)).toBe(0)
      },
    )

    test(
      'Continue from a page scrolled down opens the next step at its top, header and Back link in view',
      SIZE,
      async ({ page }, testInfo) => {
        // A screen on which the next question does not fit either: a small phone, or 200 % zoom.
        await page.setViewportSize(
          sizeOf(testInfo) === 'phone' ? { width: 320, height: 480 } : { width: 640, height: 400 },
        )
        await openApp(page, lang)
        await answerWithPointer(page, lang, 'uses', GPT4_CASE.answers.uses, testInfo)
        await continueButton(page, lang).scrollIntoViewIfNeeded()
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
        await press(continueButton(page, lang), testInfo)
        await expectQuestion(page, lang, 'complexity')
        await expect(heading(page)).toBeFocused()
        expect(await page.evaluate(() => window.scrollY)).toBe(0)
        await expect(backLink(page, lang)).toBeInViewport()
      },
    )

    test('Start again clears the answers and keeps the language', async ({ page }, testInfo) => {
      await openApp(page, lang, 'result', GPT4_CASE.answers)
      await press(page.getByRole('link', { name: t(lang, 'actions.startAgain') }), testInfo)
      await expectQuestion(page, lang, 'uses')
      await expectChosen(page, lang, 'uses', [])
      await expect(page).toHaveURL(appUrlPattern(lang, 'uses'))
    })

    test(
      'Continue without an answer shows the error summary and message',
      SIZE,
      async ({ page }, testInfo) => {
        for (const [q, message] of [
          ['uses', 'errors.selectSome'],
          ['complexity', 'errors.selectOne'],
          ['abilities', 'errors.selectSomeOrNone'],
        ] as const) {
          await openApp(page, lang, q, answersBefore(GPT4_CASE.answers, q))
          await press(continueButton(page, lang), testInfo)
          const summary = page.getByRole('alert')
          await expect(summary).toBeVisible()
          await expect(summary).toBeFocused()
          await expect(summary.getByRole('heading')).toHaveText(t(lang, 'errors.summaryTitle'))
          await expect(page).toHaveTitle(
            new RegExp(`^${t(lang, 'errors.titlePrefix').replace(/\s+$/, '')}`),
          )
          await expectQuestion(page, lang, q)

          // The message beside the field, announced with the question.
          const fieldset = page.getByRole('group', { name: t(lang, `model:questions.${q}.title`) })
          await expect(fieldset).toHaveAccessibleDescription(
            new RegExp(escapeRegExp(t(lang, message))),
          )
          await expect(page.locator('.error-message')).toContainText(t(lang, message))

          // The summary links to the first option and moves focus there.
          const first = option(page, lang, q, optionIds(q)[0]!)
          await summary.getByRole('link', { name: t(lang, message) }).click()
          await expect(first).toBeFocused()

          // Answering moves nothing under the pointer: the error stays until Continue, and the
          // last option is where it was.
          const last = option(page, lang, q, optionIds(q).at(-1)!)
          const top = () => last.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
          const before = await top()
          await answerWithPointer(page, lang, q, [GPT4_CASE.answers[q][0]!], testInfo)
          await expect(page.getByRole('alert')).toBeVisible()
          // Within 0.05 px: Firefox keeps layout positions in fractions of a device pixel.
          expect(await top()).toBeCloseTo(before, 1)
          await press(continueButton(page, lang), testInfo)
          await expectQuestion(page, lang, STEPS[STEPS.indexOf(q) + 1]!)
          await expect(page.getByRole('alert')).toHaveCount(0)
          await expect(page).not.toHaveTitle(
            new RegExp(`^${t(lang, 'errors.titlePrefix').replace(/\s+$/, '')}`),
          )
        }
      },
    )

    test('a double click on Continue moves exactly one step and shows no error', async ({
      page,
    }, testInfo) => {
      skipDoubleClickInFirefox(testInfo)
      await openApp(page, lang)
      const start = await historyLength(page)
      for (const [i, q] of STEPS.slice(0, 4).entries()) {
        await answerWithPointer(page, lang, q, GPT4_CASE.answers[q], testInfo)
        await continueButton(page, lang).dblclick()
        await expectQuestion(page, lang, STEPS[i + 1]!)
        // The second click neither submits the next step nor ticks whatever lies under the pointer there.
        await expectChosen(page, lang, STEPS[i + 1]!, [])
        await expect(page.getByRole('alert')).toHaveCount(0)
        await expect(page.locator('.error-message')).toHaveCount(0)
        expect(await historyLength(page)).toBe(start + i + 1)
        // A person reads the new question before answering it. A tap at once, less than 300 ms after
        // the double click, would count as its third click, and be dropped like the second.
        await page.waitForTimeout(1000)
      }
      await answerWithPointer(page, lang, 'priority', GPT4_CASE.answers.priority, testInfo)
      await continueButton(page, lang).dblclick()
      await expectVerdict(page, lang, 'gpt-4')
      await page.goBack()
      await expectQuestion(page, lang, 'priority')
    })

    test('the second click of a double click on Continue ticks nothing on the next step', async ({
      page,
    }, testInfo) => {
      skipDoubleClickInFirefox(testInfo)
      // With "Both" ticked, the abilities' options sit where Continue was (found by a tester).
      await openApp(page, lang, 'work-style', { uses: ['code'], complexity: ['simple'] })
      await answerWithPointer(page, lang, 'work-style', ['both'], testInfo)
      await doubleClick(page, continueButton(page, lang), testInfo)
      await expectQuestion(page, lang, 'abilities')
      await expect(heading(page)).toBeFocused()
      await expectChosen(page, lang, 'abilities', [])
      await expect(page).not.toHaveURL(/[?&]abilities=/)
      await expect(page.getByRole('alert')).toHaveCount(0)
    })

    test('a double click on Continue with nothing ticked shows the error and ticks nothing', async ({
      page,
    }, testInfo) => {
      skipDoubleClickInFirefox(testInfo)
      // The error message pushes the options down, under the pointer of the second click.
      for (const [step, answers] of [
        ['uses', {}],
        ['complexity', { uses: ['code'] }],
      ] as const) {
        await openApp(page, lang, step, answers)
        await doubleClick(page, continueButton(page, lang), testInfo)
        await expect(page.getByRole('alert')).toBeVisible()
        // The second press moves no focus: it stays on the error summary.
        await expect(page.getByRole('alert')).toBeFocused()
        await expectChosen(page, lang, step, [])
        await expect(page).not.toHaveURL(new RegExp(`[?&]${step}=`))
      }
    })

    test('a double click on an option toggles it twice, and quick clicks on two options tick both', async ({
      page,
    }, testInfo) => {
      skipDoubleClickInFirefox(testInfo)
      // The drop of a double click's second click must not catch clicks on options: a label's
      // first click also clicks its box (both stand for one option), and the browser may count two
      // quick taps on two options as one double tap.
      await openApp(page, lang)
      const label = page
        .locator('label')
        .filter({ hasText: new RegExp(`^${escapeRegExp(optionLabel(lang, 'uses', 'code'))}$`) })
      await label.click()
      await expectChosen(page, lang, 'uses', ['code'])
      await doubleClick(page, label, testInfo)
      await expectChosen(page, lang, 'uses', ['code'])
      await doubleClick(page, option(page, lang, 'uses', 'code'), testInfo)
      await expectChosen(page, lang, 'uses', ['code'])
      await doubleClick(
        page,
        [option(page, lang, 'uses', 'articles'), option(page, lang, 'uses', 'emails')],
        testInfo,
      )
      await expectChosen(page, lang, 'uses', ['articles', 'code', 'emails'])
      await expect(page).toHaveURL(/[?&]uses=articles,code,emails(&|$)/)
    })

    test('the next question waits hidden and out of the accessibility tree, and Continue shows that very page', async ({
      page,
    }, testInfo) => {
      await openApp(page, lang)
      const inDom = page.locator('h1')
      await expect(inDom).toHaveCount(2) // prepared once the page is idle
      await expect(inDom.nth(1)).toBeHidden()
      await expect(inDom.nth(1)).toContainText(t(lang, 'model:questions.complexity.title'))
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expect(page.getByRole('button')).toHaveCount(1)
      await expect(page.getByRole('main')).not.toContainText(
        t(lang, 'model:questions.complexity.title'),
        { useInnerText: true },
      )
      await inDom
        .nth(1)
        .evaluate((el) => ((window as unknown as { prepared?: Element }).prepared = el))
      await answerWithPointer(page, lang, 'uses', ['code'], testInfo)
      await press(continueButton(page, lang), testInfo)
      await expectQuestion(page, lang, 'complexity')
      expect(
        await heading(page).evaluate(
          (el) => el === (window as unknown as { prepared?: Element }).prepared,
        ),
      ).toBe(true)
      await expect(heading(page)).toBeFocused()
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    })

    test('"None of these" excludes the other abilities and the other way round', async ({
      page,
    }, testInfo) => {
      await openApp(page, lang, 'abilities', answersBefore(GPT4_CASE.answers, 'abilities'))
      await answerWithPointer(page, lang, 'abilities', ['code-generation', 'few-shot'], testInfo)
      await answerWithPointer(page, lang, 'abilities', ['none'], testInfo)
      await expectChosen(page, lang, 'abilities', ['none'])
      await expect(page).toHaveURL(/[?&]abilities=none(&|$)/)
      await answerWithPointer(page, lang, 'abilities', ['multilingual'], testInfo)
      await expectChosen(page, lang, 'abilities', ['multilingual'])
      await expect(page).toHaveURL(/[?&]abilities=multilingual(&|$)/)
    })
  })
}

/**
 * Skips a double-click test in Firefox: Playwright's WebDriver BiDi client sends a double click
 * there as two single clicks (`detail` 1 each, measured), so the second click the app must drop
 * never arrives as one. Chromium, which gets a real double click (and double tap), runs these.
 */
function skipDoubleClickInFirefox(testInfo: TestInfo): void {
  test.skip(
    engineOf(testInfo) === 'firefox',
    'Firefox over BiDi gets a double click as two single clicks (detail 1 each): tested in Chromium',
  )
}

test('when the result cannot be fetched, the error page says so, and Back and Forward try again', async ({
  page,
}, testInfo) => {
  let reachable = false
  // With or without a query: a retry asks for the chunk's address with one of its own.
  await page.route(/\/assets\/result-view-[^/?]*\.js(\?.*)?$/, (route) =>
    reachable ? route.continue() : route.abort(),
  )
  await openApp(page, 'en', 'priority', answersBefore(GPT4_CASE.answers, 'priority'))
  await answerWithPointer(page, 'en', 'priority', GPT4_CASE.answers.priority, testInfo)
  await press(continueButton(page, 'en'), testInfo)
  await expect(
    page.getByRole('heading', { level: 1, name: t('en', 'fallback.title') }),
  ).toBeFocused()
  await expect(page).toHaveTitle(t('en', 'fallback.title'))
  await page.goBack()
  await expectQuestion(page, 'en', 'priority')
  await expectChosen(page, 'en', 'priority', GPT4_CASE.answers.priority)
  reachable = true
  await page.goForward()
  await expectVerdict(page, 'en', 'gpt-4')
})

test.describe('offline with no service worker', () => {
  test.use({ serviceWorkers: 'block' })

  test('when the result cannot be fetched offline, the page says so under the header and tries again once online', async ({
    page,
    context,
  }, testInfo) => {
    // Offline before the last question, where the result view would be fetched ahead.
    await openApp(page, 'en', 'abilities', answersBefore(GPT4_CASE.answers, 'abilities'))
    await context.setOffline(true)
    await answerWithPointer(page, 'en', 'abilities', GPT4_CASE.answers.abilities, testInfo)
    await press(continueButton(page, 'en'), testInfo)
    await answerWithPointer(page, 'en', 'priority', GPT4_CASE.answers.priority, testInfo)
    await press(continueButton(page, 'en'), testInfo)
    await expect(
      page.getByRole('heading', { level: 1, name: t('en', 'fallback.offlineTitle') }),
    ).toBeFocused()
    await expect(page.getByText(t('en', 'fallback.offline'))).toBeVisible()
    // Under the app's own header, and with no link that would meet the browser's offline page.
    await expect(page.getByRole('navigation', { name: t('en', 'language.label') })).toBeVisible()
    await expect(page.getByRole('link', { name: t('en', 'fallback.reload') })).toHaveCount(0)
    await context.setOffline(false)
    await expectVerdict(page, 'en', 'gpt-4')
  })
})

test('Copy link and Copy summary put the result on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(appSearch('en', 'result', GPT4_CASE.answers))
  await page.getByRole('button', { name: t('en', 'actions.copyLink') }).click()
  await expect(
    page.getByRole('status').filter({ hasText: t('en', 'result:linkCopied') }),
  ).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
  await page.getByRole('button', { name: t('en', 'actions.copySummary') }).click()
  await expect(
    page.getByRole('status').filter({ hasText: t('en', 'result:summaryCopied') }),
  ).toBeVisible()
  const summary = await page.evaluate(() => navigator.clipboard.readText())
  expect(summary).toContain(t('en', 'result:heading', { model: 'GPT-4' }))
  expect(summary).toContain(page.url())
})

/**
 * A double click on `target` with the mouse, or on a touch screen two quick taps on the same spot;
 * given two targets, two quick clicks (or taps), one on each. The taps carry their own times,
 * 150 ms apart, as a finger's would: the browser counts taps by those, so a busy machine answering
 * the first one late does not turn them into two slow taps.
 */
async function doubleClick(page: Page, target: Locator | [Locator, Locator], testInfo: TestInfo) {
  const spots: { x: number; y: number }[] = []
  for (const one of Array.isArray(target) ? target : [target, target]) {
    await one.scrollIntoViewIfNeeded()
    const box = (await one.boundingBox())!
    spots.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 })
  }
  if (testInfo.project.use.hasTouch) {
    const cdp = await page.context().newCDPSession(page)
    const t0 = Date.now() / 1000
    for (const [i, spot] of spots.entries()) {
      const at = t0 + 0.15 * i
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [spot],
        timestamp: at,
      })
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchEnd',
        touchPoints: [],
        timestamp: at + 0.04,
      })
    }
    await cdp.detach()
  } else if (!Array.isArray(target)) {
    await page.mouse.dblclick(spots[0]!.x, spots[0]!.y)
  } else {
    // A mouse's double click needs one spot: on two, these are two single clicks.
    for (const spot of spots) await page.mouse.click(spot.x, spot.y)
  }
}

test('Ctrl-click on the app’s links opens their address in a new tab and leaves the page as it is', async ({
  page,
  context,
}, testInfo) => {
  test.skip(
    sizeOf(testInfo) !== 'desktop' || engineOf(testInfo) !== 'chromium',
    'a keyboard modifier with a mouse click: once, where the new tab opens as Playwright expects',
  )
  await openApp(page, 'en', 'result', GPT4_CASE.answers)
  const resultUrl = page.url()
  const opensInNewTab = async (link: Locator, expected: RegExp) => {
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      link.click({ modifiers: ['ControlOrMeta'] }),
    ])
    await tab.waitForLoadState('domcontentloaded')
    expect(tab.url()).toMatch(expected)
    await tab.close()
  }
  await opensInNewTab(page.getByRole('link', { name: /^Change/ }).first(), /[?&]step=uses(&|$)/)
  await opensInNewTab(page.getByRole('link', { name: '中文', exact: true }), /[?&]lang=zh-CN(&|$)/)
  await opensInNewTab(
    page.getByRole('link', { name: t('en', 'common:actions.startAgain') }),
    /[?&]step=uses(&|$)/,
  )
  expect(page.url()).toBe(resultUrl)
  await expectVerdict(page, 'en', GPT4_CASE.verdict)
  await openApp(page, 'en', 'complexity', { uses: ['code'] })
  await opensInNewTab(backLink(page, 'en'), /[?&]step=uses(&|$)/)
  await expectQuestion(page, 'en', 'complexity')
})
