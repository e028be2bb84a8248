import { render } from '@testing-library/react'
import { StrictMode } from 'react'
import { App } from '../../src/app'
import { ErrorBoundary } from '../../src/components/error-boundary'
import { applyLocale, i18n, loadLocale } from '../../src/i18n'
import { wizardStore } from '../../src/store/wizard-store'
import { startUrlSync, type UrlSyncOptions } from '../../src/url/sync'

/**
 * Renders the whole app as `main.tsx` does, from a URL: real store, real URL sync on jsdom's
 * history, real i18n texts. Returns Testing Library's result; the sync stops on unmount.
 * @param schedule when the sync's history writes happen (see `UrlSyncOptions.schedule`); at once
 *   by default, so a test reads the address right after an action.
 */
export async function renderApp(
  url = '/wizard/',
  languages: string[] = ['en-US'],
  schedule?: UrlSyncOptions['schedule'],
) {
  window.history.replaceState(null, '', url)
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true })
  await Promise.all([loadLocale('en'), loadLocale('zh-CN')])
  const stop = startUrlSync(wizardStore, window, { schedule })
  const unsubscribe = wizardStore.subscribe((s, p) => {
    if (s.locale !== p.locale) applyLocale(s.locale)
  })
  applyLocale(wizardStore.getState().locale)
  const view = render(
    <StrictMode>
      <ErrorBoundary i18n={i18n}>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  )
  const unmount = view.unmount
  view.unmount = () => {
    unmount()
    stop()
    unsubscribe()
  }
  return view
}
