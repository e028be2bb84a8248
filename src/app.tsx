import { Suspense, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { LAST_QUESTION } from './model/questions'
import { useWizard } from './store/wizard-store'
import { hasStepTexts, useRenderOnTextsAdded } from './i18n'
import { LanguageSwitch } from './components/language-switch'
import { QuestionStep } from './components/question-step'
import { ResultStep, preloadResultView } from './components/result-step'
import { UrlNotice } from './components/url-notice'

/** The page: header with the language switch, then the view for the current step. */
export function App() {
  const { t } = useTranslation()
  const step = useWizard((s) => s.step)
  // Focus follows the step only after the person has moved, never on the first page load.
  const firstStep = useRef(step)
  const moved = useRef(false)
  if (step !== firstStep.current) moved.current = true
  const textsReady = step === 'result' || hasStepTexts(step)
  // Only when Continue beats the rest of the texts (a first visit on a very slow network).
  useRenderOnTextsAdded(!textsReady)
  useEffect(() => {
    // Fetch the result page while the person answers the last question, not during start-up, and
    // once the last question is on screen, so the step change does not wait for the fetch to start.
    if (step !== LAST_QUESTION) return
    const timer = setTimeout(() => void preloadResultView().catch(() => undefined), 100)
    return () => clearTimeout(timer)
  }, [step])

  const loading = (
    <p className="loading" role="status">
      {t('status.loading')}
    </p>
  )
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
        {step === 'result' ? (
          <Suspense fallback={loading}>
            <ResultStep focusHeading={moved.current} />
          </Suspense>
        ) : textsReady ? (
          <QuestionStep key={step} questionId={step} focusHeading={moved.current} />
        ) : (
          loading
        )}
      </main>
    </>
  )
}
