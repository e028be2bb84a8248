import { stepNumber } from '../model/answers'
import type { StepId } from '../model/decision-model'
import { chooseLocale } from '../model/locale'
import { questionModel } from '../model/questions'
import type { Locale } from '../model/locale'
import type { WizardStore } from '../store/wizard-store'
import { formatSearch, lostAnything, parseSearch } from './codec'

/** What URL sync needs from the browser: a `window`, or a stand-in in tests. */
export interface UrlSyncEnvironment {
  readonly location: Pick<Location, 'pathname' | 'search' | 'hash'>
  readonly history: Pick<
    History,
    'pushState' | 'replaceState' | 'back' | 'state' | 'scrollRestoration'
  >
  readonly navigator: { readonly languages?: readonly string[]; readonly language?: string }
  addEventListener(type: 'popstate', listener: () => void): void
  removeEventListener(type: 'popstate', listener: () => void): void
}

/**
 * What the app keeps in each history entry's `state`: its step, and the step of the entry before
 * it when the app pushed this one. It lets the page's own Back link go back in history (instead of
 * adding an entry) when the previous entry is the previous step.
 */
interface EntryState {
  readonly step: StepId
  readonly previousStep: StepId | null
}

const stepIndex = (step: StepId) => stepNumber(questionModel, step)

function isEntryState(value: unknown): value is EntryState {
  return typeof value === 'object' && value !== null && 'step' in value && 'previousStep' in value
}

/** Options of {@link startUrlSync}. */
export interface UrlSyncOptions {
  /** The remembered language, if any (read from local storage by the caller). */
  readonly storedLocale?: Locale | undefined
  /** Called whenever the person picks a language, to remember it. */
  readonly rememberLocale?: (locale: Locale) => void
  /**
   * When a change's history write happens. Writes are queued in order; `schedule` is called with
   * the function that makes the queued writes whenever the queue goes from empty to one. By
   * default it calls it at once, inside the change. The app passes {@link afterNextPaint}: a
   * `pushState` or `replaceState` costs the page 1–17 ms of the browser's own work, which then
   * comes after the step change is painted, not before.
   */
  readonly schedule?: (flush: () => void) => void
}

/**
 * Calls `run` just after the next frame is painted (an animation frame, then a task), and again
 * 100 ms on, for a page that paints no frame (a hidden one): `run` must be idempotent, as the
 * flush of {@link startUrlSync}'s writes is (a second call finds nothing waiting, or writes a later
 * change's entry a little early).
 */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run))
  setTimeout(run, 100)
}

/**
 * Keeps the store and the address bar in step; the only code that touches `history`.
 *
 * - Start: reads the query (or, when it holds nothing of ours, the fragment), picks the language
 *   (URL, then `storedLocale`, then the browser's languages, then English), fills the store, and
 *   rewrites the address to the canonical form with `replaceState` (no history entry is added).
 *   What the URL lost is put in the store's `notice`.
 * - A step change pushes a history entry (`pushState`), so browser Back returns to the previous
 *   step; a change of answers or language replaces the current entry (`replaceState`). A step
 *   change to the step of the entry just before (the page's Back link, Continue after a
 *   "Change") goes back in history instead (`history.back()`); a move to an earlier question that
 *   is not the entry behind (the page's Back on a page opened from a link) replaces the entry. So
 *   the page's Back and the browser's Back agree, and a step once left never comes back on Back.
 * - The writes of a change wait for `options.schedule`, in order; each reads the history as the
 *   writes before it left it.
 * - The browser does not restore scroll positions (`history.scrollRestoration = 'manual'`): each
 *   step's view opens at its top.
 * - `popstate` (Back/Forward) drops the writes still waiting, and restores that entry's step. Answers given since are kept: the
 *   entry's answers fill only questions the store has no answer for. The language stays the one
 *   the person chose last. The entry is then rewritten to match.
 *
 * The path is kept as it is, so the app works under any sub-path with no server rewrites.
 * @returns a function that stops the sync.
 */
export function startUrlSync(
  store: WizardStore,
  env: UrlSyncEnvironment = window,
  options: UrlSyncOptions = {},
): () => void {
  const browserLanguages = env.navigator.languages?.length
    ? env.navigator.languages
    : [env.navigator.language]
  const opening = parseSearch(env.location.search, env.location.hash)
  const report = opening.report
  store.getState().restore({
    answers: opening.answers,
    step: opening.step,
    returnToResult: opening.returnToResult,
    locale: chooseLocale(opening.locale, options.storedLocale, browserLanguages),
    notice: lostAnything(report) ? report : null,
  })

  type State = ReturnType<WizardStore['getState']>
  const urlOf = (s: State) =>
    env.location.pathname +
    formatSearch({
      answers: s.answers,
      step: s.step,
      locale: s.locale,
      returnToResult: s.returnToResult,
    })
  const entry = (): EntryState | null =>
    isEntryState(env.history.state) ? env.history.state : null
  // Each step opens at its top with its heading focused (useStepPage): the browser's restoring of a
  // history entry's scroll position, after that, would leave the focused heading off-screen.
  env.history.scrollRestoration = 'manual'
  // A reload keeps the entry's state, so the page's Back still knows what lies behind it.
  const opened = store.getState().step
  env.history.replaceState(
    { step: opened, previousStep: entry()?.previousStep ?? null },
    '',
    urlOf(store.getState()),
  )

  // One change's history write, made when its turn in the queue comes.
  const write = (s: State, previous: State) => {
    const url = urlOf(s)
    const here = entry()
    if (s.step !== previous.step) {
      if (here?.previousStep === s.step) {
        // popstate then restores the step and rewrites that entry with the current answers.
        env.history.back()
      } else if (previous.step !== 'result' && stepIndex(s.step) < stepIndex(previous.step)) {
        // The page's Back to a step that is not the entry behind: rewrite this entry, so no step
        // the person has left comes back on the browser's Back.
        env.history.replaceState(
          { step: s.step, previousStep: here?.previousStep ?? null },
          '',
          url,
        )
      } else {
        env.history.pushState({ step: s.step, previousStep: previous.step }, '', url)
      }
    } else if (url !== env.location.pathname + env.location.search) {
      env.history.replaceState({ step: s.step, previousStep: here?.previousStep ?? null }, '', url)
    }
  }

  const schedule = options.schedule ?? ((flush) => flush())
  const waiting: [State, State][] = []
  const flush = () => {
    for (const [s, previous] of waiting.splice(0)) write(s, previous)
  }
  let restoring = false
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.locale !== previous.locale) options.rememberLocale?.(s.locale)
    if (restoring) return
    waiting.push([s, previous])
    if (waiting.length === 1) schedule(flush)
  })

  const onPopState = () => {
    waiting.length = 0
    const popped = parseSearch(env.location.search, env.location.hash)
    const current = store.getState()
    restoring = true
    try {
      current.restore({
        answers: { ...popped.answers, ...current.answers },
        step: popped.step,
        returnToResult: popped.returnToResult,
        notice: null,
      })
    } finally {
      restoring = false
    }
    const url = urlOf(store.getState())
    const step = store.getState().step
    if (url !== env.location.pathname + env.location.search || entry()?.step !== step) {
      env.history.replaceState({ step, previousStep: entry()?.previousStep ?? null }, '', url)
    }
  }
  env.addEventListener('popstate', onPopState)

  return () => {
    flush()
    unsubscribe()
    env.removeEventListener('popstate', onPopState)
  }
}
