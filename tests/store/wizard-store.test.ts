import { describe, expect, it } from 'vitest'
import { createWizardStore, initialWizardState } from '../../src/store/wizard-store'
import { CLEAN_REPORT } from '../fixtures/parse-report'

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
      ...initialWizardState,
      answers: { uses: ['code'], complexity: ['simple'] },
      step: 'work-style',
    })
    store.getState().goBack()
    expect(store.getState().step).toBe('complexity')
    expect(store.getState().answers).toEqual({ uses: ['code'], complexity: ['simple'] })
  })

  const allAnswered = {
    uses: ['code'],
    complexity: ['simple'],
    'work-style': ['both'],
    abilities: ['none'],
    priority: ['precise'],
  }

  it('returns to the result after a Change link, once everything is answered', () => {
    const store = createWizardStore({ ...initialWizardState, answers: allAnswered, step: 'result' })
    store.getState().goTo('complexity', { change: true })
    expect(store.getState().returnToResult).toBe(true)
    store.getState().choose('complexity', 'complex', true)
    expect(store.getState().continueFrom('complexity')).toBe('moved')
    expect(store.getState()).toMatchObject({ step: 'result', returnToResult: false })
  })

  it('goes on to the next question after walking back with Back, even with every question answered', () => {
    const store = createWizardStore({ ...initialWizardState, answers: allAnswered, step: 'result' })
    store.getState().goBack()
    store.getState().goBack()
    store.getState().goBack()
    expect(store.getState().step).toBe('work-style')
    store.getState().continueFrom('work-style')
    expect(store.getState().step).toBe('abilities')
  })

  it('forgets a Change link once the person moves another way', () => {
    const store = createWizardStore({ ...initialWizardState, answers: allAnswered, step: 'result' })
    store.getState().goTo('work-style', { change: true })
    store.getState().goBack()
    expect(store.getState()).toMatchObject({ step: 'complexity', returnToResult: false })
    store.getState().continueFrom('complexity')
    expect(store.getState().step).toBe('work-style')
    store.getState().goTo('priority', { change: true })
    store.getState().reset()
    expect(store.getState().returnToResult).toBe(false)
  })

  it('keeps a return to the result only where every other question is answered', () => {
    const store = createWizardStore()
    store
      .getState()
      .restore({ answers: { uses: ['code'] }, step: 'complexity', returnToResult: true })
    expect(store.getState().returnToResult).toBe(false)
    store.getState().restore({ answers: allAnswered, step: 'priority', returnToResult: true })
    expect(store.getState().returnToResult).toBe(true)
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
    const report = { ...CLEAN_REPORT, unknownLocale: true }
    const store = createWizardStore({ ...initialWizardState, notice: report })
    store.getState().setLocale('zh-CN')
    expect(store.getState().notice).toBeNull()

    const both = { ...report, droppedQuestions: ['uses' as const] }
    const other = createWizardStore({ ...initialWizardState, notice: both })
    other.getState().setLocale('zh-CN')
    expect(other.getState()).toMatchObject({
      locale: 'zh-CN',
      notice: { ...both, unknownLocale: false },
    })
  })
})
