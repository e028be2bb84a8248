import { Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { hasStepTexts, useRenderOnTextsAdded } from '../i18n'
import { LAST_QUESTION } from '../model/questions'
import { useWizard } from '../store/wizard-store'
import { QuestionWithNext } from './question-with-next'
import { ResultStep, preloadResultView, retryResultView } from './result-step'

/**
 * The view of the current step: the question (with the next one prepared, {@link QuestionWithNext}),
 * the result page, or a loading status while the step's texts or the result view are on their way.
 */
export function StepView() {
  const { t } = useTranslation()
  const step = useWizard((s) => s.step)
  // Focus follows the step only after the person has moved, never on the first page load.
  const [firstStep] = useState(step)
  const [moved, setMoved] = useState(false)
  if (!moved && step !== firstStep) setMoved(true)
  const textsReady = step === 'result' || hasStepTexts(step)
  // Only when Continue beats the texts (a first visit on a very slow network).
  useRenderOnTextsAdded(!textsReady)
  // When the error boundary took the app down (the result view could not be fetched, say), this
  // view unmounts; the next time it is up, a result view that failed to load is tried again.
  useEffect(() => () => retryResultView(), [])
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
  if (step === 'result')
    return (
      <Suspense fallback={loading}>
        <ResultStep focusHeading={moved} />
      </Suspense>
    )
  if (!textsReady) return loading
  return <QuestionWithNext step={step} focusHeading={moved} />
}
