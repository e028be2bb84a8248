import { lazy } from 'react'
import { loadResultTexts } from '../i18n'

/**
 * Loads the result view and its texts (one chunk each, fetched in parallel). The first question
 * needs neither, so they stay out of the first download; `preloadResultView` fetches them when the
 * browser is idle. Idempotent.
 */
export function preloadResultView() {
  return Promise.all([import('./result-view'), loadResultTexts()]).then(([module]) => module)
}

/** The result view, loaded on first use; render it inside `<Suspense>`. */
export const LazyResultView = lazy(() => preloadResultView().then((module) => ({ default: module.ResultView })))
