import fc from 'fast-check'
import type { Answers, QuestionId, StepId } from '../../src/model/decision-model'
import { canReturnToResult, reachableStep } from '../../src/model/answers'
import { LOCALES } from '../../src/model/locale'
import { questionModel } from '../../src/model/questions'
import type { WizardLocation } from '../../src/url/codec'

/** Any valid answer to one question: one option, or a non-empty set that respects "None of these". */
function answerArbitrary(questionId: QuestionId): fc.Arbitrary<string[]> {
  const question = questionModel.questions.find((q) => q.id === questionId)!
  const ids = question.options.map((o) => o.id)
  if (question.selection === 'single') return fc.constantFrom(...ids).map((id) => [id])
  const plain = question.options.filter((o) => !o.exclusive).map((o) => o.id)
  const exclusive = question.options.filter((o) => o.exclusive).map((o) => [o.id])
  const subsets = fc
    .subarray(plain, { minLength: 1 })
    .map((chosen) => ids.filter((id) => chosen.includes(id)))
  return exclusive.length ? fc.oneof(subsets, fc.constantFrom(...exclusive)) : subsets
}

/** Any valid answers: each question answered or not. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(
      questionModel.questions.map((q) => [
        q.id,
        fc.option(answerArbitrary(q.id), { nil: undefined }),
      ]),
    ) as Record<QuestionId, fc.Arbitrary<string[] | undefined>>,
  )
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Answers)

const stepArbitrary: fc.Arbitrary<StepId> = fc.constantFrom(
  ...questionModel.questions.map((q) => q.id),
  'result' as const,
)

/** Every complete set of answers is too many to list (2^15 uses…); a sample of complete ones. */
export const completeAnswersArbitrary: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(questionModel.questions.map((q) => [q.id, answerArbitrary(q.id)])) as Record<
    QuestionId,
    fc.Arbitrary<string[]>
  >,
)

/**
 * Any state the app can be in: valid answers, a reachable step, a locale, and a Change link's
 * return to the result where it can hold (half of the complete answer sets have one).
 */
export const locationArbitrary: fc.Arbitrary<WizardLocation> = fc
  .record({
    answers: fc.oneof(answersArbitrary, completeAnswersArbitrary),
    step: stepArbitrary,
    locale: fc.constantFrom(...LOCALES),
    returnToResult: fc.boolean(),
  })
  .map((l) => {
    const step = reachableStep(questionModel, l.answers, l.step)
    return {
      ...l,
      step,
      returnToResult: l.returnToResult && canReturnToResult(questionModel, l.answers, step),
    }
  })
