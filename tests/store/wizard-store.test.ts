import { describe, expect, it } from 'vitest'
import { createWizardStore } from '../../src/store/wizard-store'

describe('the wizard store', () => {
  it('keeps answers, moves on only when the step is answered, and ignores a repeated Continue', () => {
    const store = createWizardStore()
    const s = () => store.getState()
    expect(s().continueFrom('uses')).toBe('missing')
    expect(s().step).toBe('uses')
    s().choose('uses', 'code', true)
    expect(s().continueFrom('uses')).toBe('moved')
    expect(s().continueFrom('uses')).toBe('stale')
    expect(s().step).toBe('complexity')
  })

  it('goes back one step and keeps the answers', () => {
    const store = createWizardStore({
      answers: { uses: ['code'], complexity: ['simple'] },
      step: 'work-style',
      locale: 'en',
      notice: null,
    })
    store.getState().goBack()
    expect(store.getState().step).toBe('complexity')
    expect(store.getState().answers).toEqual({ uses: ['code'], complexity: ['simple'] })
  })

  it('returns to the result after a change once everything is answered', () => {
    const answers = {
      uses: ['code'],
      complexity: ['simple'],
      'work-style': ['both'],
      abilities: ['none'],
      priority: ['precise'],
    }
    const store = createWizardStore({ answers, step: 'result', locale: 'en', notice: null })
    store.getState().goTo('complexity')
    store.getState().choose('complexity', 'complex', true)
    expect(store.getState().continueFrom('complexity')).toBe('moved')
    expect(store.getState().step).toBe('result')
  })

  it('does not open a step that is not reachable yet', () => {
    const store = createWizardStore()
    store.getState().goTo('result')
    expect(store.getState().step).toBe('uses')
  })

  it('removes a question whose last option is unticked, and resets everything but the language', () => {
    const store = createWizardStore()
    store.getState().setLocale('zh-CN')
    store.getState().choose('uses', 'code', true)
    store.getState().choose('uses', 'code', false)
    expect(store.getState().answers).toEqual({})
    store.getState().choose('uses', 'code', true)
    store.getState().reset()
    expect(store.getState()).toMatchObject({ answers: {}, step: 'uses', locale: 'zh-CN' })
  })

  it('drops the notice’s unknown-language sentence once a language is picked, and keeps the rest', () => {
    const report = {
      droppedQuestions: [],
      unknownLocale: true,
      unknownVersion: false,
      stepUnreachable: false,
      unknownStep: false,
    }
    const store = createWizardStore({ answers: {}, step: 'uses', locale: 'en', notice: report })
    store.getState().setLocale('zh-CN')
    expect(store.getState().notice).toBeNull()

    const both = { ...report, droppedQuestions: ['uses' as const] }
    const other = createWizardStore({ answers: {}, step: 'uses', locale: 'en', notice: both })
    other.getState().setLocale('zh-CN')
    expect(other.getState()).toMatchObject({
      locale: 'zh-CN',
      notice: { ...both, unknownLocale: false },
    })
  })
})
