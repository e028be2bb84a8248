import { QUESTION_IDS } from '../model/decision-model'
import { matchLocale } from '../model/locale'

/**
 * The version of the URL format, written as `v=1`. Bump it only when an id in the URL changes
 * meaning; then add a step to the codec's `migrateParams` that rewrites the older ids, so every
 * link made by an earlier version keeps opening the same result (`tests/fixtures/urls-v1.json`).
 */
export const URL_VERSION = 1

/** Query parameters the app reserves besides the question ids. */
export const RESERVED_PARAMS = ['v', 'lang', 'step', 'return'] as const

/**
 * The value of `return` written on a question opened by the result's Change link
 * (`…&step=complexity&return=result`): Continue there goes back to the result. Any other value
 * is ignored.
 */
export const RETURN_TO_RESULT = 'result'

/**
 * Whether any reserved key or question id is present, i.e. the parameters are the wizard's to
 * read (otherwise the codec reads the fragment instead).
 * @param questionIds the model's question ids (every id in {@link QUESTION_IDS} by default).
 */
export function hasWizardParams(
  params: URLSearchParams,
  questionIds: readonly string[] = QUESTION_IDS,
): boolean {
  return RESERVED_PARAMS.some((k) => params.has(k)) || questionIds.some((id) => params.has(id))
}

/**
 * The parameters the codec reads: those of `search` (`?…`, `#…` or bare `a=b`) when it has any of
 * the wizard's, otherwise those of `fallback` (the fragment, `#…`). An HTML-escaped separator
 * (`&amp;`, as a link copied out of HTML or an e-mail may carry) reads as `&`. Never throws.
 * @param questionIds as in {@link hasWizardParams}.
 */
export function wizardParams(
  search: string,
  fallback: string,
  questionIds: readonly string[] = QUESTION_IDS,
): URLSearchParams {
  const read = (query: string) =>
    new URLSearchParams(String(query).replace(/^[?#]/, '').replace(/&amp;/gi, '&'))
  const params = read(search)
  return hasWizardParams(params, questionIds) ? params : read(fallback)
}

/**
 * Whether a URL opens the first question with no answer and nothing to report: no answer key, a
 * `step` that is missing or the first question, a known or missing `v`, and a known, empty or
 * missing `lang` (unknown keys are ignored, as the codec ignores them). Used before any model
 * data has loaded, to decide whether the pre-rendered first question may be shown, so it only
 * looks at keys; it errs on the side of `false` (for example `uses=` with an empty value), which
 * costs a client render, never a wrong page. When it returns true, the codec's `parseSearch`
 * gives the first step, no answers and an empty report (property-tested). Never throws.
 *
 * @param search `location.search`; `fallback`: `location.hash`.
 */
export function opensFreshStart(search: string, fallback: string): boolean {
  const params = wizardParams(search, fallback)
  const version = params.get('v')
  const lang = params.get('lang')
  const step = params.get('step')
  return (
    QUESTION_IDS.every((id) => !params.has(id)) &&
    (step === null || step === QUESTION_IDS[0]) &&
    (!version || version === String(URL_VERSION)) &&
    (!lang || matchLocale(lang) !== undefined)
  )
}
