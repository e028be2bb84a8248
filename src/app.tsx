import { useTranslation } from 'react-i18next'
import { ErrorBoundary } from './components/error-boundary'
import { LanguageSwitch } from './components/language-switch'
import { StepView } from './components/step-view'
import { UrlNotice } from './components/url-notice'
import { loadLocale } from './i18n'

/** The page: header with the language switch, then the notice about the address and the step. */
export function App() {
  const { t, i18n } = useTranslation()
  return (
    <>
      <header className="header">
        <div className="header__inner">
          <p className="header__name">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
      </header>
      <main className="page">
        {/* A step that fails shows its error under the header, whose language switch still works. */}
        <ErrorBoundary i18n={i18n} loadTexts={loadLocale} landmark={false}>
          <UrlNotice />
          <StepView />
        </ErrorBoundary>
      </main>
    </>
  )
}
