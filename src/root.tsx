import { StrictMode, useEffect } from 'react'
import { App } from './app'
import { ErrorBoundary } from './components/error-boundary'
import { i18n, loadLocale } from './i18n'

/** Props of {@link Root}. */
export interface RootProps {
  /** Called once the tree is on the page (after hydration, when hydrating), not on later renders. */
  onMounted?: () => void
}

/**
 * The whole React tree, shared by the browser entry (`main.tsx`: hydrate or render) and the
 * build-time pre-render (`prerender/render.tsx`), so the two produce the same markup.
 */
export function Root({ onMounted }: RootProps) {
  useEffect(() => onMounted?.(), [onMounted])
  return (
    <StrictMode>
      <ErrorBoundary i18n={i18n} loadTexts={loadLocale}>
        <App />
      </ErrorBoundary>
    </StrictMode>
  )
}
