import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './app'
import { ErrorBoundary } from './components/error-boundary'
import { applyLocale, createI18n } from './i18n'
import { readStoredLocale, writeStoredLocale } from './store/locale-storage'
import { wizardStore } from './store/wizard-store'
import { startUrlSync } from './url/sync'
import './styles.css'

startUrlSync(wizardStore, window, { storedLocale: readStoredLocale(), rememberLocale: (l) => writeStoredLocale(l) })
const i18n = createI18n(wizardStore.getState().locale)
applyLocale(i18n, wizardStore.getState().locale)
wizardStore.subscribe((s, previous) => {
  if (s.locale !== previous.locale) applyLocale(i18n, s.locale)
})

const container = document.getElementById('root')
if (container) {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary i18n={i18n}>
          <App />
        </ErrorBoundary>
      </I18nextProvider>
    </StrictMode>,
  )
}
