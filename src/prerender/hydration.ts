import type { QuestionId } from '../model/decision-model'
import { FIRST_STEP } from '../model/questions'
import type { WizardState } from '../store/wizard-store'

/**
 * Whether the markup pre-rendered in `#root` is what the app renders for `state`, so React may
 * hydrate it instead of rendering afresh: the markup's language (`#root`'s `data-prerendered`, a
 * BCP 47 tag, or `undefined` when `#root` holds none) is the state's, and the state is a fresh
 * start (the first step, no answers, no notice about the URL). Any other string gives `false`.
 */
export function canHydrate(
  markupLocale: string | undefined,
  state: Pick<WizardState, 'answers' | 'locale' | 'step' | 'notice'>,
): boolean {
  return (
    markupLocale === state.locale &&
    state.step === FIRST_STEP &&
    Object.keys(state.answers).length === 0 &&
    state.notice === null
  )
}

/**
 * The option ids a person ticked in the pre-rendered form of `question` before the app's script ran
 * (the values of the form controls named after the question), in document order, so they can be
 * put in the store once the page is hydrated and nothing they did is lost. An empty array when
 * `container` holds no form.
 */
export function tickedBeforeHydration(container: ParentNode, question: QuestionId): string[] {
  const form = container.querySelector('form')
  return form ? (new FormData(form).getAll(question) as string[]) : []
}
