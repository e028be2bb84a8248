import { lazy } from 'react'
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

// The address of the view's chunk once a load of it failed. Chromium (since about version 150) and
// Firefox keep a failed module fetch in the document's module map, as the HTML standard says, and
// answer every later import() of the same address with the same failure; an address with a query
// of its own is a new entry, fetched afresh. The browsers name the address in the error message.
let failedUrl: string | undefined
let attempt = 0

function importResultView(): Promise<ResultViewModule> {
  if (failedUrl) {
    attempt += 1
    const retry = `${failedUrl}${failedUrl.includes('?') ? '&' : '?'}retry=${attempt}`
    return import(/* @vite-ignore */ retry) as Promise<ResultViewModule>
  }
  return import('./result-view').catch((error: unknown) => {
    failedUrl = /\bhttps?:\/\/[^\s'"]+/.exec(String(error))?.[0]
    throw error
  })
}

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
