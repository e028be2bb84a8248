// Accessibility: axe-core on every page state, keyboard alone, visible focus, reflow at 360 and
// 320 px (200 % text), reduced motion, and a CJK font for Chinese.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  CANONICAL_CASES,
  GPT4_CASE,
  LANGS,
  STEPS,
  answersBefore,
  backLink,
  continueButton,
  expectChosen,
  expectQuestion,
  expectVerdict,
  focusStyle,
  heading,
  openApp,
  option,
  t,
  type Lang,
  type StepId,
  engineOf,
  fixedColorScheme,
  sizeOf,
  SIZE,
} from './helpers'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** One failing node of an axe rule. */
interface AxeFinding {
  id: string
  target: string
  text: string
}

/** Runs axe-core (no rule disabled) and returns each failing node, with a readable text. */
async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({
      id: v.id,
      target: n.target.join(' '),
      text: `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    at ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}\n    ${v.helpUrl}`,
    })),
  )
}

/** Zero violations, none excused: prints each one readably when there are any. */
function expectNoViolations(found: AxeFinding[], message: string): void {
  expect(
    found.map((f) => f.text),
    message,
  ).toEqual([])
}

type PageState = StepId | 'error' | 'notice'

/** Opens one state of the app: a question (unanswered), the error state, the URL notice, or the result with every quote open. */
async function openState(page: Page, lang: Lang, state: PageState): Promise<void> {
  if (state === 'error') {
    await openApp(page, lang, 'uses')
    await continueButton(page, lang).click()
    await expect(page.getByRole('alert')).toBeFocused()
  } else if (state === 'notice') {
    await page.goto(`?v=1&lang=${lang}&step=complexity&uses=code,no-such-use`)
    await expect(page.getByRole('main').getByRole('status')).toContainText(t(lang, 'notices.title'))
  } else {
    await openApp(page, lang, state, answersBefore(GPT4_CASE.answers, state))
    if (state === 'result') {
      for (const summary of await page.locator('details > summary').all()) await summary.click()
      await expect(page.locator('details:not([open])')).toHaveCount(0)
    }
  }
}

const STATES: PageState[] = [...STEPS, 'error', 'notice', 'result']

for (const lang of LANGS) {
  test.describe(`axe ${lang}`, () => {
    for (const state of STATES) {
      test(`no axe violations, light and dark: ${state}`, async ({ page }, testInfo) => {
        await openState(page, lang, state)
        const found: AxeFinding[] = []
        // Where the project fixes the scheme (Firefox, by its preference), that one; else both.
        const fixed = fixedColorScheme(testInfo)
        test.skip(
          engineOf(testInfo) === 'firefox' && lang !== (fixed === 'dark' ? 'zh-CN' : 'en'),
          'Firefox: the colours and the tree are the same in both languages (light in English, dark in Chinese)',
        )
        for (const colorScheme of fixed ? [fixed] : (['light', 'dark'] as const)) {
          if (!fixed) await page.emulateMedia({ colorScheme })
          expect(
            await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
            'the page really is in the scheme checked',
          ).toBe(colorScheme === 'dark')
          found.push(
            ...(await axeFindings(page)).map((f) => ({ ...f, text: `[${colorScheme}] ${f.text}` })),
          )
        }
        expectNoViolations(found, `axe violations on ${state} (${lang})`)
      })
    }
  })
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { shift = false, max = 40 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}

/** After a step change: focus on the new `<h1>`, and the title names the step. */
async function expectFocusOnQuestion(
  page: Page,
  lang: Lang,
  step: (typeof STEPS)[number],
): Promise<void> {
  await expectQuestion(page, lang, step)
  await expect(heading(page)).toBeFocused()
}

for (const lang of LANGS) {
  test(`keyboard alone completes the wizard (${lang})`, async ({ page }) => {
    const c = CANONICAL_CASES[2] // schedules + reminders … → ChatGPT
    await openApp(page, lang)

    // 1. Checkboxes: reach Continue, come back with Shift+Tab to the last two options, tick them with Space.
    await tabTo(page, continueButton(page, lang))
    await page.keyboard.press('Shift+Tab')
    await expect(option(page, lang, 'uses', 'reminders')).toBeFocused()
    await page.keyboard.press('Space')
    await page.keyboard.press('Shift+Tab')
    await expect(option(page, lang, 'uses', 'schedules')).toBeFocused()
    await page.keyboard.press('Space')
    await expectChosen(page, lang, 'uses', c.answers.uses)
    await tabTo(page, continueButton(page, lang))
    await page.keyboard.press('Enter')
    await expectFocusOnQuestion(page, lang, 'complexity')

    // Back with the keyboard (Shift+Tab from the question reaches the Back link), then Continue again.
    await tabTo(page, backLink(page, lang), { shift: true })
    await page.keyboard.press('Enter')
    await expectFocusOnQuestion(page, lang, 'uses')
    await expectChosen(page, lang, 'uses', c.answers.uses)
    await tabTo(page, continueButton(page, lang))
    await page.keyboard.press('Enter')
    await expectFocusOnQuestion(page, lang, 'complexity')

    // 2. Radios: Tab into the group lands on the first option; Space picks it; Tab leaves the group.
    await page.keyboard.press('Tab')
    await expect(option(page, lang, 'complexity', 'simple')).toBeFocused()
    await page.keyboard.press('Space')
    await expectChosen(page, lang, 'complexity', ['simple'])
    await page.keyboard.press('Tab')
    await expect(continueButton(page, lang)).toBeFocused()
    await page.keyboard.press('Space')
    await expectFocusOnQuestion(page, lang, 'work-style')

    // 3. Arrow keys move the choice within the group.
    await page.keyboard.press('Tab')
    await page.keyboard.press('ArrowDown')
    await expectChosen(page, lang, 'work-style', ['finished-piece'])
    await page.keyboard.press('ArrowUp')
    await expectChosen(page, lang, 'work-style', ['conversation'])
    await tabTo(page, continueButton(page, lang))
    await page.keyboard.press('Enter')
    await expectFocusOnQuestion(page, lang, 'abilities')

    // 4. The exclusive "None of these" is the last box.
    await tabTo(page, continueButton(page, lang))
    await page.keyboard.press('Shift+Tab')
    await expect(option(page, lang, 'abilities', 'none')).toBeFocused()
    await page.keyboard.press('Space')
    await tabTo(page, continueButton(page, lang))
    await page.keyboard.press('Enter')
    await expectFocusOnQuestion(page, lang, 'priority')

    // 5. Arrow down from the first option picks the second.
    await page.keyboard.press('Tab')
    await page.keyboard.press('ArrowDown')
    await expectChosen(page, lang, 'priority', ['natural-conversation'])
    await page.keyboard.press('Tab')
    await expect(continueButton(page, lang)).toBeFocused()
    await page.keyboard.press('Enter')

    await expectVerdict(page, lang, c.verdict)
    await expect(heading(page)).toBeFocused()

    // The result's Change links work from the keyboard too.
    await tabTo(
      page,
      page.getByRole('link', { name: new RegExp(`^${t(lang, 'actions.change')}`) }).first(),
    )
    await page.keyboard.press('Enter')
    await expectFocusOnQuestion(page, lang, 'uses')
    await expectChosen(page, lang, 'uses', c.answers.uses)
  })
}

test('every control shows a visible focus indicator', async ({ page }) => {
  const lang = 'en'
  const checks: { name: string; open: () => Promise<void>; target: () => Locator }[] = [
    {
      name: 'language link',
      open: () => openApp(page, lang),
      target: () => page.getByRole('link', { name: '中文' }),
    },
    {
      name: 'checkbox',
      open: () => openApp(page, lang),
      target: () => option(page, lang, 'uses', 'articles'),
    },
    {
      name: 'Continue button',
      open: () => openApp(page, lang),
      target: () => continueButton(page, lang),
    },
    {
      name: 'radio',
      open: () => openApp(page, lang, 'complexity', answersBefore(GPT4_CASE.answers, 'complexity')),
      target: () => option(page, lang, 'complexity', 'simple'),
    },
    {
      name: 'Back link',
      open: () => openApp(page, lang, 'complexity', answersBefore(GPT4_CASE.answers, 'complexity')),
      target: () => backLink(page, lang),
    },
    {
      name: 'details summary',
      open: () => openApp(page, lang, 'result', GPT4_CASE.answers),
      target: () => page.locator('details > summary').first(),
    },
    {
      name: 'Change link',
      open: () => openApp(page, lang, 'result', GPT4_CASE.answers),
      target: () => page.getByRole('link', { name: /^Change/ }).first(),
    },
    {
      name: 'Copy link button',
      open: () => openApp(page, lang, 'result', GPT4_CASE.answers),
      target: () => page.getByRole('button', { name: t(lang, 'actions.copyLink') }),
    },
    {
      name: 'Start again link',
      open: () => openApp(page, lang, 'result', GPT4_CASE.answers),
      target: () => page.getByRole('link', { name: t(lang, 'actions.startAgain') }),
    },
  ]
  const missing: string[] = []
  for (const check of checks) {
    await check.open()
    const target = check.target()
    const unfocused = await focusStyle(target)
    await tabTo(page, target, { max: 80 })
    const focused = await focusStyle(target)
    const visible =
      (focused.outline !== unfocused.outline &&
        !focused.outline.startsWith('none') &&
        !/ 0px /.test(focused.outline) &&
        !/rgba\(0, 0, 0, 0\)|transparent/.test(focused.outline)) ||
      focused.boxShadow !== unfocused.boxShadow ||
      focused.background !== unfocused.background
    if (!visible)
      missing.push(
        `${check.name}: focused ${JSON.stringify(focused)} vs ${JSON.stringify(unfocused)}`,
      )
  }
  expect(missing, 'controls without a visible focus indicator').toEqual([])
})

/** Whether the page scrolls sideways. */
function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
}

const REFLOW_STATES: PageState[] = [...STEPS, 'error', 'notice', 'result']

for (const lang of LANGS) {
  test(`nothing scrolls sideways at the project's width (${lang})`, SIZE, async ({ page }) => {
    const wide: string[] = []
    for (const state of REFLOW_STATES) {
      await openState(page, lang, state)
      const { scrollWidth, clientWidth } = await horizontalOverflow(page)
      if (scrollWidth > clientWidth)
        wide.push(`${state}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`)
    }
    expect(wide).toEqual([])
  })

  test(`reflow at 320 px with 200 % text (${lang})`, SIZE, async ({ page }, testInfo) => {
    test.skip(sizeOf(testInfo) !== 'phone', 'one narrow-screen run is enough')
    await page.setViewportSize({ width: 320, height: 640 })
    const wide: string[] = []
    for (const state of REFLOW_STATES) {
      await openState(page, lang, state)
      // Text zoom: the styles are in rem, so doubling the root font size doubles the text.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%'
      })
      const { scrollWidth, clientWidth } = await horizontalOverflow(page)
      if (scrollWidth > clientWidth)
        wide.push(`${state}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`)
    }
    expect(wide).toEqual([])
  })
}

// One test per language: each does an axe scan and up to 80 Tab presses, which takes a while on a loaded machine.
for (const lang of LANGS) {
  test(
    `the result at 320 px with 200 % text: no axe violations, and a wide table scrolls from the keyboard (${lang})`,
    SIZE,
    async ({ page }, testInfo) => {
      test.skip(sizeOf(testInfo) !== 'phone', 'one narrow-screen run is enough')
      await page.setViewportSize({ width: 320, height: 640 })
      await openState(page, lang, 'result')
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%'
      })
      const found: AxeFinding[] = (await axeFindings(page)).map((f) => ({
        ...f,
        text: `[${lang}] ${f.text}`,
      }))
      // A table wider than the screen scrolls inside its own box, which keyboard users can focus and scroll.
      const wrap = page.locator('.table-wrap')
      const wide = await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)
      if (wide) {
        await tabTo(page, wrap, { max: 80 })
        for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
        await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
      }
      expectNoViolations(found, 'axe violations on the result at 320 px with 200 % text')
    },
  )
}

test('reduced motion: no animation or transition lasts longer than 0.01 s', async ({
  page,
}, testInfo) => {
  // Firefox ignores emulateMedia: there, only the project whose preference asks for reduced motion.
  const { reducedMotion } = testInfo.project.metadata as { reducedMotion?: 'reduce' }
  test.skip(
    engineOf(testInfo) === 'firefox' && reducedMotion !== 'reduce',
    'Firefox asks for reduced motion through a preference: the firefox-reduced-motion project',
  )
  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
    true,
  )
  const slow: string[] = []
  for (const state of ['uses', 'error', 'result'] as const) {
    await openState(page, 'en', state)
    const found = await page.evaluate(() => {
      const seconds = (value: string) =>
        value
          .split(',')
          .map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)))
      const out: string[] = []
      for (const el of [document.documentElement, ...document.querySelectorAll('body *')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo)
          const longest = Math.max(
            ...seconds(s.animationDuration),
            ...seconds(s.transitionDuration),
          )
          if (longest > 0.01)
            out.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}: ${longest}s`)
        }
      }
      if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
        out.push('html: smooth scrolling')
      return out
    })
    slow.push(...found.map((f) => `${state}: ${f}`))
  }
  expect(slow).toEqual([])
})

test('Chinese text asks for a CJK font', async ({ page }, testInfo) => {
  const cjk =
    /PingFang SC|Hiragino Sans GB|Microsoft YaHei|Noto Sans CJK SC|Noto Sans SC|Source Han Sans SC/
  await openApp(page, 'zh-CN')
  expect(await heading(page).evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(cjk)
  // The Chinese original quoted on the English result page too.
  await openApp(page, 'en', 'result', GPT4_CASE.answers)
  await page.locator('details > summary').first().click()
  const quote = page.locator('blockquote[lang="zh-CN"]').first()
  expect(await quote.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(cjk)

  // Which installed font actually draws the glyphs depends on the machine: recorded, not asserted
  // (where the DevTools protocol can tell: Chromium).
  if (engineOf(testInfo) !== 'chromium') return
  await openApp(page, 'zh-CN')
  const cdp = await page.context().newCDPSession(page)
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' })
  await cdp.send('CSS.enable')
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  testInfo.annotations.push({
    type: 'zh h1 platform fonts',
    description: fonts.map((f) => `${f.familyName} (${f.glyphCount})`).join(', '),
  })
})
