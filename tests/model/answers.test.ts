import { describe, expect, it } from 'vitest'
import {
  firstUnansweredStep,
  getQuestion,
  isAnswered,
  nextStep,
  canReturnToResult,
  upcomingQuestion,
  normalizeAnswer,
  previousStep,
  reachableStep,
  stepNumber,
  toggleOption,
} from '../../src/model/answers'
import { questionModel as model } from '../../src/model/questions'

const uses = getQuestion(model, 'uses')
const abilities = getQuestion(model, 'abilities')
const complexity = getQuestion(model, 'complexity')

describe('normalizeAnswer', () => {
  it('keeps known ids in option order and reports what it dropped', () => {
    expect(normalizeAnswer(uses, ['papers', 'code', 'bogus'])).toEqual({
      options: ['code', 'papers'],
      dropped: true,
    })
    expect(normalizeAnswer(uses, ['papers', 'code'])).toEqual({
      options: ['code', 'papers'],
      dropped: false,
    })
    expect(normalizeAnswer(uses, ['code', 'code'])).toEqual({ options: ['code'], dropped: false })
  })
  it('keeps only the first known option of a one-answer question', () => {
    expect(normalizeAnswer(complexity, ['nope', 'complex', 'simple'])).toEqual({
      options: ['complex'],
      dropped: true,
    })
  })
  it('drops “None of these” when other options are ticked with it', () => {
    expect(normalizeAnswer(abilities, ['none', 'multilingual'])).toEqual({
      options: ['multilingual'],
      dropped: true,
    })
    expect(normalizeAnswer(abilities, ['none'])).toEqual({ options: ['none'], dropped: false })
  })
})

describe('toggleOption', () => {
  it('replaces the answer of a one-answer question', () => {
    expect(toggleOption(complexity, ['simple'], 'complex', true)).toEqual(['complex'])
  })
  it('adds and removes options, keeping option order', () => {
    expect(toggleOption(uses, ['papers'], 'code', true)).toEqual(['code', 'papers'])
    expect(toggleOption(uses, ['code', 'papers'], 'code', false)).toEqual(['papers'])
  })
  it('makes “None of these” exclusive both ways', () => {
    expect(toggleOption(abilities, ['math-reasoning', 'multilingual'], 'none', true)).toEqual([
      'none',
    ])
    expect(toggleOption(abilities, ['none'], 'few-shot', true)).toEqual(['few-shot'])
  })
  it('throws RangeError on an unknown option', () => {
    expect(() => toggleOption(uses, [], 'nope', true)).toThrow(RangeError)
  })
})

describe('steps', () => {
  const all = {
    uses: ['code'],
    complexity: ['simple'],
    'work-style': ['both'],
    abilities: ['none'],
    priority: ['precise'],
  }

  it('finds the first unanswered step, or none when complete', () => {
    expect(firstUnansweredStep(model, {})).toBe('uses')
    expect(firstUnansweredStep(model, { uses: ['code'], 'work-style': ['both'] })).toBe(
      'complexity',
    )
    expect(firstUnansweredStep(model, all)).toBeUndefined()
    expect(isAnswered(model, { complexity: ['bogus'] }, 'complexity')).toBe(false)
  })

  it('only lets a step be reached once every earlier step is answered', () => {
    expect(reachableStep(model, {}, 'priority')).toBe('uses')
    expect(reachableStep(model, { uses: ['code'] }, 'complexity')).toBe('complexity')
    expect(reachableStep(model, { uses: ['code'] }, 'result')).toBe('complexity')
    expect(reachableStep(model, all, 'result')).toBe('result')
    expect(reachableStep(model, all, 'abilities')).toBe('abilities')
  })

  it('continues in order, and straight to the result after a Change once everything is answered', () => {
    expect(nextStep(model, { uses: ['code'] }, 'uses')).toBe('complexity')
    expect(nextStep(model, all, 'uses')).toBe('complexity')
    expect(nextStep(model, all, 'priority')).toBe('result')
    expect(nextStep(model, all, 'uses', true)).toBe('result')
    expect(nextStep(model, { ...all, abilities: undefined }, 'uses', true)).toBe('complexity')
    expect(nextStep(model, { ...all, complexity: undefined }, 'abilities')).toBe('complexity')
  })

  it('allows a return to the result only on a question whose every other question is answered', () => {
    expect(canReturnToResult(model, all, 'complexity')).toBe(true)
    expect(canReturnToResult(model, { ...all, complexity: undefined }, 'complexity')).toBe(true)
    expect(canReturnToResult(model, { ...all, uses: undefined }, 'complexity')).toBe(false)
    expect(canReturnToResult(model, all, 'result')).toBe(false)
  })

  it('names the question Continue leads to once the shown one is answered, never the result', () => {
    expect(upcomingQuestion(model, {}, 'uses')).toBe('complexity')
    expect(upcomingQuestion(model, { uses: ['code'] }, 'uses')).toBe('complexity')
    expect(upcomingQuestion(model, { uses: ['code'], complexity: ['simple'] }, 'work-style')).toBe(
      'abilities',
    )
    // After a "Change" from the result, Continue returns to the result: nothing to prepare.
    expect(upcomingQuestion(model, all, 'complexity', true)).toBeUndefined()
    expect(upcomingQuestion(model, all, 'complexity')).toBe('work-style')
    expect(upcomingQuestion(model, { ...all, priority: undefined }, 'abilities')).toBe('priority')
    expect(upcomingQuestion(model, { ...all, priority: undefined }, 'priority')).toBeUndefined()
    expect(upcomingQuestion(model, { ...all, complexity: undefined }, 'abilities')).toBe(
      'complexity',
    )
    expect(upcomingQuestion(model, all, 'result')).toBeUndefined()
  })

  it('goes back one step; the result goes back to the last question', () => {
    expect(previousStep(model, 'uses')).toBeUndefined()
    expect(previousStep(model, 'complexity')).toBe('uses')
    expect(previousStep(model, 'result')).toBe('priority')
  })

  it('numbers the steps from 1', () => {
    expect(stepNumber(model, 'uses')).toBe(1)
    expect(stepNumber(model, 'priority')).toBe(5)
    expect(stepNumber(model, 'result')).toBe(6)
  })
})
