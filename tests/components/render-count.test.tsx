import { Profiler, type ProfilerOnRenderCallback } from 'react'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { LanguageSwitch } from '../../src/components/language-switch'
import { QuestionStep } from '../../src/components/question-step'
import { UrlNotice } from '../../src/components/url-notice'
import { applyLocale, i18n, loadLocale } from '../../src/i18n'
import { Root } from '../../src/root'
import { wizardStore } from '../../src/store/wizard-store'

beforeAll(async () => {
  await loadLocale('en')
  applyLocale('en')
})

describe('lean rendering', () => {
  it('re-renders only what depends on an answer when one is picked', async () => {
    const commits: Record<string, number> = {}
    const count: ProfilerOnRenderCallback = (id) => {
      commits[id] = (commits[id] ?? 0) + 1
    }
    render(
      <>
        <Profiler id="notice" onRender={count}>
          <UrlNotice />
        </Profiler>
        <Profiler id="question" onRender={count}>
          <QuestionStep questionId="complexity" focusHeading={false} />
        </Profiler>
      </>,
    )
    act(() => wizardStore.getState().restore({ answers: { uses: ['code'] }, step: 'complexity' }))
    for (const id of Object.keys(commits)) commits[id] = 0
    const user = userEvent.setup()
    await user.click(screen.getByLabelText('Simple, everyday questions'))
    expect(commits.question).toBe(1)
    expect(commits.notice ?? 0).toBe(0)
  })

  it('does not re-render a step when an answer to another question changes', async () => {
    act(() => wizardStore.getState().restore({ answers: { uses: ['code'] }, step: 'complexity' }))
    let commits = 0
    render(
      <Profiler id="question" onRender={() => (commits += 1)}>
        <QuestionStep questionId="complexity" focusHeading={false} />
      </Profiler>,
    )
    commits = 0
    act(() => wizardStore.getState().choose('priority', 'precise', true))
    expect(commits).toBe(0)
  })

  it('re-renders the language switch for a language change', () => {
    let commits = 0
    render(
      <Profiler id="switch" onRender={() => (commits += 1)}>
        <LanguageSwitch />
      </Profiler>,
    )
    commits = 0
    act(() => wizardStore.getState().setLocale('zh-CN'))
    expect(commits).toBeGreaterThan(0)
  })

  it('does not re-render the page when texts for other steps arrive', () => {
    act(() => wizardStore.getState().restore({ answers: {}, step: 'uses' }))
    let commits = 0
    render(
      <Profiler id="page" onRender={() => (commits += 1)}>
        <Root />
      </Profiler>,
    )
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(
      i18n.t('model:questions.uses.title'),
    )
    commits = 0
    // What a texts chunk does once it has loaded (`loadLocale`), here with texts already there.
    act(() => {
      i18n.addResourceBundle('en', 'common', i18n.getResourceBundle('en', 'common'), true, true)
      i18n.addResourceBundle('en', 'model', i18n.getResourceBundle('en', 'model'), true, true)
    })
    expect(commits).toBe(0)
  })
})
