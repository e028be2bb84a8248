import {
  canReturnToResult,
  firstUnansweredStep,
  isQuestionId,
  normalizeAnswer,
  reachableStep,
} from '../model/answers'
import type { Answers, QuestionId, QuestionModel, StepId } from '../model/decision-model'
import { matchLocale, type Locale } from '../model/locale'
import type { ParseReport } from '../model/parse-report'
import { questionModel } from '../model/questions'
import { RETURN_TO_RESULT, URL_VERSION, wizardParams } from './params'

export { RESERVED_PARAMS, RETURN_TO_RESULT, URL_VERSION } from './params'

/** What the URL holds: the answers, the step shown and the interface language. */
export interface WizardLocation {
  readonly answers: Answers
  readonly step: StepId
  readonly locale: Locale
  /**
   * The question was opened by the result's Change link, so Continue returns to the result
   * (`return=result`). Written only where it can hold ({@link canReturnToResult}); missing: false.
   */
  readonly returnToResult?: boolean
}

export { lostAnything, type ParseReport } from '../model/parse-report'

/** The result of {@link parseSearch}: a valid location (`locale` may be unknown) and a report. */
export interface ParsedSearch {
  readonly answers: Answers
  readonly step: StepId
  /** The URL's language, or `undefined` when it has none or an unknown one (the caller picks). */
  readonly locale: Locale | undefined
  /** `return=result` on a question whose every other question is answered; otherwise false. */
  readonly returnToResult: boolean
  readonly report: ParseReport
}

/**
 * Rewrites the parameters of an older URL version into the current one. Version 1 is the first,
 * so there is nothing to migrate yet. When a later version renames an option id, add here, for
 * example: `if (version < 2) rename(params, 'uses', { 'old-id': 'new-id' })`.
 *
 * @param version the URL's `v` (1 when missing).
 * @returns the same parameters, in the current version's ids.
 */
function migrateParams(params: URLSearchParams, version: number): URLSearchParams {
  void version
  return params
}

/**
 * Reads a query string (or a fragment) into a valid wizard location. Total: never throws, for any
 * string, including broken percent escapes, lone surrogates, NUL bytes and repeated keys.
 *
 * - `search`: `location.search` (`?…`), a fragment (`#…`) or a bare `a=b&c=d`. When it carries no
 *   wizard parameters, `fallback` (usually `location.hash`) is read instead.
 * - Unknown keys are ignored silently (chat apps add their own). Option ids are read in any case.
 *   Unknown option ids, a second value for a one-answer question, and "None of these" ticked
 *   together with others are dropped and reported per question; what remains is kept.
 * - `step` falls back to the first question that still needs an answer when it is not reachable
 *   (a question after an unanswered one, or the result before all are answered), is unknown, or
 *   is missing; with every question answered and no step, the result is shown.
 * - `lang` is matched with {@link matchLocale}; an unknown one is reported, `locale` is then
 *   undefined (an empty `lang=` counts as none).
 * - A known `step` that the answers do not reach yet is reported (`stepUnreachable`), and so is a
 *   `step` that names no page (`unknownStep`; an empty `step=` counts as none).
 * - `v` other than the known versions is reported and the rest is read as the current version.
 * - `return=result` (a Change link's) holds only on a question whose every other question is
 *   answered; otherwise it is ignored silently, as an unknown key is.
 */
export function parseSearch(
  search: string,
  fallback = '',
  model: QuestionModel = questionModel,
): ParsedSearch {
  let params = wizardParams(
    search,
    fallback,
    model.questions.map((q) => q.id),
  )

  // An empty `v=` says no more than a missing one.
  const rawVersion = params.get('v') || null
  const version = rawVersion === null ? URL_VERSION : Number(rawVersion)
  const knownVersion = Number.isInteger(version) && version >= 1 && version <= URL_VERSION
  params = migrateParams(params, knownVersion ? version : URL_VERSION)

  const answers: Partial<Record<QuestionId, readonly string[]>> = {}
  const droppedQuestions: QuestionId[] = []
  for (const question of model.questions) {
    const given = params
      .getAll(question.id)
      .flatMap((value) => value.split(','))
      // Ids are lowercase: a link typed or changed by hand as `uses=Code` means the same.
      .map((id) => id.trim().toLowerCase())
      .filter((id) => id !== '')
    if (given.length === 0) continue
    const { options, dropped } = normalizeAnswer(question, given)
    if (dropped) droppedQuestions.push(question.id)
    if (options.length > 0) answers[question.id] = options
  }

  const rawStep = params.get('step') ?? ''
  const requested: StepId | undefined =
    rawStep === 'result' || isQuestionId(model, rawStep) ? rawStep : undefined
  const step = reachableStep(
    model,
    answers,
    requested ?? firstUnansweredStep(model, answers) ?? 'result',
  )

  const rawLocale = params.get('lang') || null
  const locale = matchLocale(rawLocale)
  return {
    answers,
    step,
    locale,
    returnToResult:
      params.get('return') === RETURN_TO_RESULT && canReturnToResult(model, answers, step),
    report: {
      droppedQuestions,
      unknownLocale: rawLocale !== null && locale === undefined,
      unknownVersion: rawVersion !== null && !knownVersion,
      stepUnreachable: requested !== undefined && requested !== step,
      unknownStep: rawStep !== '' && requested === undefined,
    },
  }
}

/**
 * Writes a location as the canonical query string, for example
 * `?v=1&lang=zh-CN&step=result&uses=code,papers&complexity=complex&…`: version, language, step,
 * `return=result` when `returnToResult` holds ({@link canReturnToResult}), then one key per
 * answered question in step order, option ids in option order, comma-separated.
 * Ids are lowercase kebab, so nothing needs percent-encoding.
 *
 * @returns a string starting with `?`. `parseSearch(formatSearch(l))` gives back `l` for every
 *   valid location (answers normalised, step reachable).
 */
export function formatSearch(
  location: WizardLocation,
  model: QuestionModel = questionModel,
): string {
  const parts = [`v=${URL_VERSION}`, `lang=${location.locale}`, `step=${location.step}`]
  if (location.returnToResult && canReturnToResult(model, location.answers, location.step))
    parts.push(`return=${RETURN_TO_RESULT}`)
  for (const question of model.questions) {
    const chosen = location.answers[question.id]
    if (!chosen || chosen.length === 0) continue
    const ordered = question.options.filter((o) => chosen.includes(o.id)).map((o) => o.id)
    parts.push(`${question.id}=${ordered.join(',')}`)
  }
  return `?${parts.join('&')}`
}
