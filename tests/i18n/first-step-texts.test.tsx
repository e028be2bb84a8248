import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, describe, expect, it } from 'vitest'
import enCommonFirst from '../../locales/en/common.json?first-step'
import enModelFirst from '../../locales/en/model.json?first-step'
import enCommon from '../../locales/en/common.json'
import enModel from '../../locales/en/model.json'
import zhCommonFirst from '../../locales/zh-CN/common.json?first-step'
import zhModelFirst from '../../locales/zh-CN/model.json?first-step'
import zhCommon from '../../locales/zh-CN/common.json'
import zhModel from '../../locales/zh-CN/model.json'
import { applyLocale, i18n } from '../../src/i18n'
import type { Locale } from '../../src/model/locale'
import { Root } from '../../src/root'
import { initialWizardState, wizardStore } from '../../src/store/wizard-store'

const FIRST = {
  en: { common: enCommonFirst, model: enModelFirst },
  'zh-CN': { common: zhCommonFirst, model: zhModelFirst },
}
const FULL = {
  en: { common: enCommon, model: enModel },
  'zh-CN': { common: zhCommon, model: zhModel },
}

/** Every dotted key path of the texts, as a missing text would show (`errors.selectSome`). */
function keyPaths(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}
const KEYS = new Set([...keyPaths(enCommon), ...keyPaths(enModel)])

function rawKeysOnScreen(): string[] {
  const texts = [document.title]
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '')
  const text = texts.join('\n')
  return (text.match(/(?:\b[a-z]+:)?\b[a-z][a-zA-Z0-9-]*(?:\.[a-zA-Z0-9-]+)+/g) ?? []).filter((t) =>
    KEYS.has(t.replace(/^[a-z]+:/, '')),
  )
}

function useOnly(texts: typeof FIRST) {
  for (const [locale, namespaces] of Object.entries(texts)) {
    for (const [ns, bundle] of Object.entries(namespaces)) {
      i18n.removeResourceBundle(locale, ns)
      i18n.addResourceBundle(locale, ns, bundle, true, true)
    }
  }
}

afterAll(() => useOnly(FULL))

describe('the first-step texts (what a first visit downloads before the question is usable)', () => {
  it('hold the first question only, and no notice', () => {
    expect(Object.keys(enModelFirst.questions as object)).toEqual(['uses'])
    expect(Object.keys(enModelFirst.options as object)).toEqual(['uses'])
    expect(enCommonFirst).not.toHaveProperty('notices')
    expect(Object.keys(zhModelFirst.questions as object)).toEqual(['uses'])
  })

  it.each(['en', 'zh-CN'] as Locale[])(
    'are all the first question and its error need in %s',
    async (locale) => {
      useOnly(FIRST)
      applyLocale(locale)
      wizardStore.setState({ ...initialWizardState, locale })
      render(<Root />)
      expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(
        i18n.t('model:questions.uses.title'),
      )
      expect(rawKeysOnScreen()).toEqual([])
      await userEvent
        .setup()
        .click(screen.getByRole('button', { name: i18n.t('actions.continue') }))
      expect(screen.getByRole('alert')).toBeVisible()
      expect(rawKeysOnScreen()).toEqual([])
      act(() => applyLocale('en'))
    },
  )
})

describe('Continue before the other steps’ texts have arrived', () => {
  it('shows the loading status, then the next question as soon as its texts are added', async () => {
    useOnly(FIRST)
    applyLocale('en')
    wizardStore.setState({ ...initialWizardState, locale: 'en' })
    render(<Root />)
    const user = userEvent.setup()
    await user.click(screen.getByLabelText(i18n.t('model:options.uses.articles')))
    await user.click(screen.getByRole('button', { name: i18n.t('actions.continue') }))
    expect(wizardStore.getState().step).toBe('complexity')
    expect(screen.getByRole('status').textContent).toBe(i18n.t('status.loading'))
    expect(rawKeysOnScreen()).toEqual([])
    // What the texts chunk does once it has loaded (`loadLocale`).
    act(() => {
      for (const [ns, texts] of Object.entries(FULL.en))
        i18n.addResourceBundle('en', ns, texts, true, true)
    })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(
      enModel.questions.complexity.title,
    )
    expect(screen.queryByRole('status')).toBeNull()
  })
})
