import type { Answers, Question, QuestionId, QuestionModel, StepId } from './decision-model'

/**
 * The question with this id, as the model holds it: a `ScoredQuestion` of a `DecisionModel`, a
 * plain `Question` of the `QuestionModel`.
 * @throws RangeError when the model has no such question (ids come from {@link QUESTION_IDS}).
 */
export function getQuestion<Q extends Question>(
  model: { readonly questions: readonly Q[] },
  id: QuestionId,
): Q {
  const question = model.questions.find((q) => q.id === id)
  if (!question) throw new RangeError(`Unknown question id: ${id}`)
  return question
}

/** Whether `step` is a question id of the model (not `'result'`, not an arbitrary string). */
export function isQuestionId(model: QuestionModel, step: string): step is QuestionId {
  return model.questions.some((q) => q.id === step)
}

/**
 * Cleans a list of option ids for one question, keeping what can be kept: unknown ids and
 * duplicates are dropped; a single-selection question keeps only the first known id; an exclusive
 * option ("None of these") chosen together with others is dropped in favour of the others.
 *
 * @returns `options`: the kept ids in the question's option order (may be empty);
 *   `dropped`: true when anything given was not kept. Never throws.
 */
export function normalizeAnswer(
  question: Question,
  optionIds: readonly string[],
): { options: string[]; dropped: boolean } {
  const known = question.options.filter((o) => optionIds.includes(o.id))
  let kept = known
  if (question.selection === 'single') {
    const first = optionIds.find((id) => known.some((o) => o.id === id))
    kept = known.filter((o) => o.id === first)
  } else if (known.length > 1) {
    kept = known.filter((o) => !o.exclusive)
  }
  const distinctGiven = new Set(optionIds).size
  return { options: kept.map((o) => o.id), dropped: kept.length !== distinctGiven }
}

/** Whether the question has a valid answer in `answers` (at least one option, as `normalizeAnswer` keeps). */
export function isAnswered(model: QuestionModel, answers: Answers, id: QuestionId): boolean {
  const given = answers[id]
  if (!given || given.length === 0) return false
  const { options, dropped } = normalizeAnswer(getQuestion(model, id), given)
  return options.length > 0 && !dropped
}

/**
 * The first question, in step order, that still needs an answer; `undefined` once every question
 * is answered (then the result can be shown). Every question is required.
 */
export function firstUnansweredStep(
  model: QuestionModel,
  answers: Answers,
): QuestionId | undefined {
  return model.questions.find((q) => !isAnswered(model, answers, q.id))?.id
}

/** The questions that have a valid answer, in step order. */
export function answeredSteps(model: QuestionModel, answers: Answers): QuestionId[] {
  return model.questions.filter((q) => isAnswered(model, answers, q.id)).map((q) => q.id)
}

/**
 * The step to show when `requested` is asked for: a question is reachable when every question
 * before it is answered; the result when all are. Otherwise the first question that still needs an
 * answer. Never throws.
 */
export function reachableStep(model: QuestionModel, answers: Answers, requested: StepId): StepId {
  const missing = firstUnansweredStep(model, answers)
  if (missing === undefined) return requested
  if (requested === 'result') return missing
  const index = model.questions.findIndex((q) => q.id === requested)
  const missingIndex = model.questions.findIndex((q) => q.id === missing)
  return index >= 0 && index <= missingIndex ? requested : missing
}

/**
 * Where Continue leads from `from`: the next question in order (or the first unanswered one if
 * that is earlier), the result after the last question. With `returnToResult` (the person came
 * from the result's Change link) it is the result as soon as every question is answered: GOV.UK's
 * check-answers pattern, where only a Change returns straight to the answers page, and walking
 * back with Back then Continue goes through the questions again.
 */
export function nextStep(
  model: QuestionModel,
  answers: Answers,
  from: StepId,
  returnToResult = false,
): StepId {
  if (returnToResult && firstUnansweredStep(model, answers) === undefined) return 'result'
  const index = model.questions.findIndex((q) => q.id === from)
  const next = model.questions[index + 1]?.id ?? 'result'
  return reachableStep(model, answers, next)
}

/**
 * The question Continue on `from` leads to once `from` is answered ({@link nextStep} with `from`
 * answered, whatever the person picks there, and the same `returnToResult`): what the page
 * prepares while `from` is on screen. `undefined` when that is the result, or when `from` is the
 * result.
 * @throws RangeError when `from` is neither the result nor a question of `model`.
 */
export function upcomingQuestion(
  model: QuestionModel,
  answers: Answers,
  from: StepId,
  returnToResult = false,
): QuestionId | undefined {
  if (from === 'result') return undefined
  const someOption = getQuestion(model, from).options[0]?.id
  const next = nextStep(
    model,
    { ...answers, [from]: someOption === undefined ? [] : [someOption] },
    from,
    returnToResult,
  )
  return next === 'result' || next === from ? undefined : next
}

/**
 * Whether a Change link's "return to the result after Continue" can hold for `step`: it is a
 * question, and every other question is answered (the person came from the result, where all
 * were, and can only have changed the one on screen).
 */
export function canReturnToResult(model: QuestionModel, answers: Answers, step: StepId): boolean {
  return (
    step !== 'result' &&
    model.questions.every((q) => q.id === step || isAnswered(model, answers, q.id))
  )
}

/** The step before `from` (the result's is the last question); `undefined` on the first step. */
export function previousStep(model: QuestionModel, from: StepId): StepId | undefined {
  if (from === 'result') return model.questions[model.questions.length - 1]?.id
  const index = model.questions.findIndex((q) => q.id === from)
  return index > 0 ? model.questions[index - 1]?.id : undefined
}

/**
 * 1-based position of a question among the questions ("Step 2 of 5"); the result counts as
 * `questions.length + 1`.
 */
export function stepNumber(model: QuestionModel, step: StepId): number {
  const index = model.questions.findIndex((q) => q.id === step)
  return index >= 0 ? index + 1 : model.questions.length + 1
}

/**
 * The new option list after the person ticks (`checked`) or unticks an option, in option order.
 * For a single-selection question the chosen option replaces the answer. For several: an exclusive
 * option clears the others; any other option clears the exclusive one.
 * @throws RangeError on an option id the question does not have.
 */
export function toggleOption(
  question: Question,
  current: readonly string[],
  optionId: string,
  checked: boolean,
): string[] {
  const chosen = question.options.find((o) => o.id === optionId)
  if (!chosen) throw new RangeError(`Unknown option ${optionId} for question ${question.id}`)
  if (question.selection === 'single') return checked ? [optionId] : []
  if (!checked)
    return question.options
      .filter((o) => o.id !== optionId && current.includes(o.id))
      .map((o) => o.id)
  if (chosen.exclusive) return [optionId]
  return question.options
    .filter((o) => o.id === optionId || (!o.exclusive && current.includes(o.id)))
    .map((o) => o.id)
}
