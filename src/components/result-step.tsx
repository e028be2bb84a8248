import { lazy } from 'react'
import { retryableImport } from '../retry-import'
import type { ResultViewProps } from './result-view'

type ResultViewModule = typeof import('./result-view')

// The view's module once it and its texts are in: from then on the result renders at once, with no
// "Loading" frame (React.lazy suspends on its first render even when the chunk is already here).
let loaded: ResultViewModule | undefined

/**
 * Loads the result view, then its texts (their loader is in the view's chunk). The first question
 * needs neither, so they stay out of the first download; the app calls this at the last question,
 * so both are in before the result is asked for, and at start-up when a link opens the result.
 * Idempotent; rejects when either chunk fails to load (a later call tries again).
 * @returns the result view's module, once its texts are registered too.
 */
export function preloadResultView(): Promise<ResultViewModule> {
  return importResultView().then((module) =>
    module.loadResultTexts().then(() => {
      loaded = module
      return module
    }),
  )
}

// A failed load of the chunk is fetched again next time, not answered from the module map.
const importResultView = retryableImport(() => import('./result-view'))

const lazyResultView = () =>
  lazy(() => preloadResultView().then((module) => ({ default: module.ResultView })))
let LazyResultView = lazyResultView()

/**
 * After a failed load of the result view (which React's lazy view keeps for good): the next
 * render of {@link ResultStep} loads it again.
 */
export function retryResultView(): void {
  LazyResultView = lazyResultView()
}

/**
 * The result view: rendered directly when {@link preloadResultView} has finished, else loaded on
 * first use (render it inside `<Suspense>`, whose fallback shows while the chunks load). A failed
 * load throws to the error boundary.
 */
export function ResultStep(props: ResultViewProps) {
  const View = loaded?.ResultView ?? LazyResultView
  return <View {...props} />
}
