import { useSyncExternalStore } from 'react'
import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  canReturnToResult,
  getQuestion,
  isAnswered,
  nextStep,
  previousStep,
  reachableStep,
  toggleOption,
} from '../model/answers'
import type { Answers, QuestionId, StepId } from '../model/decision-model'
import { DEFAULT_LOCALE, type Locale } from '../model/locale'
import { questionModel, FIRST_STEP } from '../model/questions'
import { lostAnything, type ParseReport } from '../model/parse-report'

/** What the store holds: exactly what the URL holds, plus the report of what the URL lost. */
export interface WizardState {
  /** Question id → chosen option ids, in option order. */
  readonly answers: Answers
  /** The step shown; always reachable for `answers`. */
  readonly step: StepId
  /** The interface language, a BCP 47 tag. */
  readonly locale: Locale
  /**
   * The question on screen was opened by the result's Change link: Continue returns to the result
   * once every question is answered. Cleared by any other move.
   */
  readonly returnToResult: boolean
  /** What the opening URL could not keep, shown once as a notice; `null` when nothing was lost. */
  readonly notice: ParseReport | null
}

/** Outcome of Continue: moved on, stayed because the step needs an answer, or ignored as a repeat. */
export type ContinueOutcome = 'moved' | 'missing' | 'stale'

/** The actions the views dispatch. */
export interface WizardActions {
  /** Ticks or unticks one option (radios: picks it), keeping the exclusive "None of these" rule. */
  choose: (question: QuestionId, option: string, checked: boolean) => void
  /**
   * Continue from `from`, the step the form was rendered for. A second submit for a step already
   * left (a double click) returns `'stale'` and does nothing; an unanswered step returns `'missing'`.
   */
  continueFrom: (from: StepId) => ContinueOutcome
  /** The previous step (nothing on the first). */
  goBack: () => void
  /**
   * Opens a step, or the first one still unanswered if `step` is not reachable yet. `change`: the
   * result's Change link, after which Continue returns to the result.
   */
  goTo: (step: StepId, options?: { change?: boolean }) => void
  /** Clears every answer and returns to the first step; keeps the language. */
  reset: () => void
  /**
   * Switches the interface language; step and answers stay. The notice loses its sentence about
   * the link's unknown language (the person has picked one), and goes when nothing else is left.
   */
  setLocale: (locale: Locale) => void
  /** Replaces answers and step (from the URL); the step is made reachable. */
  restore: (location: {
    answers: Answers
    step: StepId
    /** Missing: false. Kept only where it can hold (`canReturnToResult`). */
    returnToResult?: boolean
    locale?: Locale
    notice?: ParseReport | null
  }) => void
  /** Hides the notice about the opening URL. */
  dismissNotice: () => void
}

/** The store type: state and actions. */
export type WizardStore = StoreApi<WizardState & WizardActions>

/** The state of a first visit: no answers, the first step, English until the URL or browser says otherwise. */
export const initialWizardState: WizardState = {
  answers: {},
  step: FIRST_STEP,
  locale: DEFAULT_LOCALE,
  returnToResult: false,
  notice: null,
}

/** Creates a wizard store (one per app; tests create their own). */
export function createWizardStore(initial: WizardState = initialWizardState): WizardStore {
  return createStore<WizardState & WizardActions>()((set, get) => ({
    ...initial,
    choose: (question, option, checked) =>
      set((s) => {
        const options = toggleOption(
          getQuestion(questionModel, question),
          s.answers[question] ?? [],
          option,
          checked,
        )
        const answers: Partial<Record<QuestionId, readonly string[]>> = { ...s.answers }
        if (options.length > 0) answers[question] = options
        else delete answers[question]
        return { answers }
      }),
    continueFrom: (from) => {
      const s = get()
      if (s.step !== from || from === 'result') return 'stale'
      if (!isAnswered(questionModel, s.answers, from)) return 'missing'
      set({
        step: nextStep(questionModel, s.answers, from, s.returnToResult),
        returnToResult: false,
        notice: null,
      })
      return 'moved'
    },
    goBack: () => {
      const previous = previousStep(questionModel, get().step)
      if (previous) set({ step: previous, returnToResult: false, notice: null })
    },
    goTo: (step, options) =>
      set((s) => {
        const reached = reachableStep(questionModel, s.answers, step)
        return {
          step: reached,
          returnToResult:
            options?.change === true && canReturnToResult(questionModel, s.answers, reached),
          notice: null,
        }
      }),
    reset: () => set({ answers: {}, step: FIRST_STEP, returnToResult: false, notice: null }),
    setLocale: (locale) =>
      set((s) => {
        // A language picked answers the notice's sentence about the link's unknown language.
        const notice = s.notice && { ...s.notice, unknownLocale: false }
        return { locale, notice: notice && lostAnything(notice) ? notice : null }
      }),
    restore: ({ answers, step, returnToResult, locale, notice }) =>
      set((s) => {
        const reached = reachableStep(questionModel, answers, step)
        return {
          answers,
          step: reached,
          returnToResult:
            returnToResult === true && canReturnToResult(questionModel, answers, reached),
          locale: locale ?? s.locale,
          notice: notice === undefined ? s.notice : notice,
        }
      }),
    dismissNotice: () => set({ notice: null }),
  }))
}

/** The app's one store. */
export const wizardStore = createWizardStore()

/**
 * Selects one value from the app's store; re-renders only when that value changes (`Object.is`),
 * so `selector` must return a value held in the state, not a new object. Unlike zustand's
 * `useStore`, the server and hydration snapshot is the current state, not the store's initial
 * one: the first question pre-rendered and hydrated in Chinese renders the state it was made from.
 */
export function useWizard<T>(selector: (state: WizardState & WizardActions) => T): T {
  const snapshot = () => selector(wizardStore.getState())
  return useSyncExternalStore(wizardStore.subscribe, snapshot, snapshot)
}
