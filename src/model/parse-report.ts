import type { QuestionId } from './decision-model'

// Here, not in src/url: the store keeps the report of the last address read (its notice), and the
// store depends on the model only; the URL code depends on the store, never the other way round.

/** What `parseSearch` could not keep, so the page can say so in one sentence. */
export interface ParseReport {
  /** Questions whose value in the URL was partly or wholly invalid, in step order. */
  readonly droppedQuestions: readonly QuestionId[]
  /** True when `lang` named a language the app does not have. */
  readonly unknownLocale: boolean
  /** True when `v` was present but not a version this app knows. */
  readonly unknownVersion: boolean
  /**
   * True when the URL asked for a step it does not hold the answers for (a result link with
   * half the answers): the first step that still needs an answer opens instead.
   */
  readonly stepUnreachable: boolean
  /**
   * True when `step` named no page of the wizard (`step=summary`): the step the answers lead to
   * opens instead, as when `step` is missing.
   */
  readonly unknownStep: boolean
}

/** Whether `report` says the URL lost anything (so there is something to tell the person). */
export function lostAnything(report: ParseReport): boolean {
  return (
    report.droppedQuestions.length > 0 ||
    report.unknownLocale ||
    report.unknownVersion ||
    report.stepUnreachable ||
    report.unknownStep
  )
}
