import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { ErrorBoundary } from './components/error-boundary'
import { applyLocale, i18n, loadLocale } from './i18n'
import { DEFAULT_LOCALE } from './model/locale'
import { readStoredLocale, writeStoredLocale } from './store/locale-storage'
import { wizardStore } from './store/wizard-store'
import { startUrlSync } from './url/sync'
import './styles.css'

startUrlSync(wizardStore, window, { storedLocale: readStoredLocale(), rememberLocale: (l) => writeStoredLocale(l) })
wizardStore.subscribe((s, previous) => {
  if (s.locale !== previous.locale) void loadLocale(s.locale).then(() => applyLocale(s.locale), () => undefined)
})

const locale = wizardStore.getState().locale
// The texts come first: nothing renders before them, so no raw key is ever on screen.
// If the language chunk cannot load, English is tried; if that fails too, the fallback still renders.
loadLocale(locale)
  .catch(() => loadLocale(DEFAULT_LOCALE))
  .catch(() => undefined)
  .finally(() => {
    applyLocale(wizardStore.getState().locale)
    const container = document.getElementById('root')
    if (!container) return
    createRoot(container).render(
      <StrictMode>
        <ErrorBoundary i18n={i18n}>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    )
  })
