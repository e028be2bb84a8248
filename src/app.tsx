import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from './components/language-switch'
import { StepView } from './components/step-view'
import { UrlNotice } from './components/url-notice'

/** The page: header with the language switch, then the notice about the address and the step. */
export function App() {
  const { t } = useTranslation()
  return (
    <>
      <header className="header">
        <div className="header__inner">
          <p className="header__name">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
      </header>
      <main className="page">
        <UrlNotice />
        <StepView />
      </main>
    </>
  )
}
