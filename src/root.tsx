import { StrictMode } from 'react'
import { App } from './app'
import { ErrorBoundary } from './components/error-boundary'
import { i18n, loadLocale } from './i18n'

/**
 * The whole React tree, shared by the browser entry (`main.tsx`: hydrate or render) and the
 * build-time pre-render (`prerender/render.tsx`), so the two produce the same markup.
 */
export function Root() {
  return (
    <StrictMode>
      <ErrorBoundary i18n={i18n} loadTexts={loadLocale}>
        <App />
      </ErrorBoundary>
    </StrictMode>
  )
}
