import { act } from '@testing-library/react'
import { hydrateRoot, type Root as ReactRoot } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../src/i18n'
import { LOCALES } from '../../src/model/locale'
import { FIRST_STEP } from '../../src/model/questions'
import { canHydrate, tickedBeforeHydration } from '../../src/prerender/hydration'
import { renderFirstStep } from '../../src/prerender/render'
import { Root } from '../../src/root'
import { initialWizardState, wizardStore } from '../../src/store/wizard-store'
import { CLEAN_REPORT } from '../fixtures/parse-report'

let root: ReactRoot | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.replaceChildren()
})

/** Puts build-time markup in a fresh `#root`, as the built page delivers it. */
function pageWith(html: string, locale: string): HTMLElement {
  const container = document.createElement('div')
  container.id = 'root'
  container.dataset.prerendered = locale
  // The markup React rendered for the build, parsed as the browser parses the page.
  container.append(document.createRange().createContextualFragment(html))
  document.body.append(container)
  return container
}

describe('the pre-rendered first question', () => {
  it.each(LOCALES)(
    'is rendered at build time in %s, with that language’s texts',
    async (locale) => {
      const { html } = await renderFirstStep(locale)
      const container = pageWith(html, locale)
      expect(container.querySelector('h1')?.textContent).toContain(
        i18n.getFixedT(locale, 'model')(`questions.${FIRST_STEP}.title`),
      )
      expect(container.querySelectorAll('input[type=checkbox]').length).toBeGreaterThan(5)
      expect(container.querySelector(`a[lang="${locale}"]`)?.getAttribute('aria-current')).toBe(
        'true',
      )
    },
  )

  it.each(LOCALES)(
    'hydrates in %s without a mismatch, keeping the nodes and what was ticked before',
    async (locale) => {
      const { html } = await renderFirstStep(locale)
      const container = pageWith(html, locale)
      const heading = container.querySelector('h1')
      const ticked = container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[1]!
      ticked.click()

      wizardStore.setState({ ...initialWizardState, locale })
      expect(canHydrate(container.dataset.prerendered, wizardStore.getState())).toBe(true)
      const takeOver = () => {
        for (const option of tickedBeforeHydration(container, 'uses'))
          wizardStore.getState().choose('uses', option, true)
      }
      const errors: unknown[] = []
      const logged: unknown[] = []
      const log = console.error
      console.error = (...args: unknown[]) => void logged.push(args)
      try {
        await act(async () => {
          root = hydrateRoot(container, <Root onMounted={takeOver} />, {
            onRecoverableError: (error) => errors.push(error),
          })
        })
      } finally {
        console.error = log
      }
      expect(logged).toEqual([])
      expect(wizardStore.getState().answers.uses).toEqual([ticked.value])
      // The links that carry the answers follow at once.
      expect(container.querySelector(`a[lang="${locale}"]`)?.getAttribute('href')).toContain(
        `uses=${ticked.value}`,
      )
      expect(errors).toEqual([])
      expect(container.querySelector('h1')).toBe(heading)
      expect(ticked.checked).toBe(true)
      // React owns the page now: a tick goes through the store.
      const other = container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[0]!
      await act(async () => other.click())
      expect(wizardStore.getState().answers.uses).toEqual([other.value, ticked.value])
    },
  )
})

describe('canHydrate', () => {
  const fresh = { ...initialWizardState }
  it('accepts only markup in the state’s language for a fresh first step', () => {
    expect(canHydrate('en', fresh)).toBe(true)
    expect(canHydrate('zh-CN', { ...fresh, locale: 'zh-CN' })).toBe(true)
    expect(canHydrate('zh-CN', fresh)).toBe(false)
    expect(canHydrate(undefined, fresh)).toBe(false)
    expect(canHydrate('EN', fresh)).toBe(false)
    expect(canHydrate('en', { ...fresh, answers: { uses: ['code'] } })).toBe(false)
    expect(canHydrate('en', { ...fresh, step: 'complexity' })).toBe(false)
    expect(
      canHydrate('en', {
        ...fresh,
        notice: { ...CLEAN_REPORT, unknownLocale: true },
      }),
    ).toBe(false)
  })
})
