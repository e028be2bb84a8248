import { lazy } from 'react'

/**
 * Loads the result view, then its texts (their loader is in the view's chunk). The first question
 * needs neither, so they stay out of the first download; the app calls this at the last question,
 * so both are in before the result is asked for. Idempotent.
 */
export function preloadResultView() {
  return import('./result-view').then((module) => module.loadResultTexts().then(() => module))
}

/** The result view, loaded on first use; render it inside `<Suspense>`. */
export const LazyResultView = lazy(() => preloadResultView().then((module) => ({ default: module.ResultView })))
