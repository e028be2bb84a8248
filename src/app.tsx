import {
  Activity,
  Suspense,
  memo,
  startTransition,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useTranslation } from 'react-i18next'
import { upcomingQuestion } from './model/answers'
import { LAST_QUESTION, questionModel } from './model/questions'
import { useWizard, wizardStore } from './store/wizard-store'
import { hasStepTexts, useRenderOnTextsAdded } from './i18n'
import { LanguageSwitch } from './components/language-switch'
import { QuestionStep as QuestionStepView } from './components/question-step'
import { ResultStep, preloadResultView, retryResultView } from './components/result-step'
import { UrlNotice } from './components/url-notice'

// A question renders only when its props change: the one prepared for later is shown as it is.
const QuestionStep = memo(QuestionStepView)

/** The page: header with the language switch, then the view for the current step. */
export function App() {
  const { t } = useTranslation()
  const step = useWizard((s) => s.step)
  // Focus follows the step only after the person has moved, never on the first page load.
  const firstStep = useRef(step)
  const moved = useRef(false)
  if (step !== firstStep.current) moved.current = true
  const textsReady = step === 'result' || hasStepTexts(step)
  // The question Continue leads to is rendered ahead, hidden (React's <Activity mode="hidden">:
  // in the DOM with `display: none`, out of the accessibility tree, its effects not run), at idle
  // priority once the page is up, so the step change only reveals it. Each step change counts as a
  // new visit, and a view belongs to one visit: the question prepared for the next visit is the one
  // Continue shows; any other move (Back, a Change link, the browser's history) gets fresh views,
  // so no error or state from an earlier visit comes back.
  const [visit, setVisit] = useState({ step, count: 0 })
  if (visit.step !== step) setVisit({ step, count: visit.count + 1 })
  const [started, setStarted] = useState(false) // not in the pre-rendered HTML, nor while hydrating
  // In a transition, so React renders it in short tasks, not in one as it would a plain update.
  useEffect(() => startTransition(() => setStarted(true)), [])
  const upcoming = started
    ? upcomingQuestion(questionModel, wizardStore.getState().answers, step)
    : undefined
  const upcomingReady = upcoming !== undefined && hasStepTexts(upcoming)
  // Only when Continue beats the rest of the texts (a first visit on a very slow network), or the
  // next question waits for them.
  useRenderOnTextsAdded(!textsReady || (upcoming !== undefined && !upcomingReady))
  // Taken down by the error boundary (the result view could not be fetched, say): the next time the
  // app is up, a result view that failed to load is tried again.
  useEffect(() => retryResultView, [])
  useEffect(() => {
    // Fetch the result page while the person answers the last question, not during start-up, and
    // once the last question is on screen, so the step change does not wait for the fetch to start.
    if (step !== LAST_QUESTION) return
    const timer = setTimeout(() => void preloadResultView().catch(() => undefined), 100)
    return () => clearTimeout(timer)
  }, [step])

  // The same element while its inputs stay: the re-renders that add the next question leave the
  // shown one alone. While hydrating, React hydrates an <Activity> on its own, and a change to it
  // before then would make React finish that hydration in one task instead of in short ones.
  const focusHeading = moved.current
  const shown = useMemo(
    () =>
      textsReady &&
      step !== 'result' && (
        <Activity key={`${step}@${visit.count}`} mode="visible">
          <QuestionStep questionId={step} focusHeading={focusHeading} />
        </Activity>
      ),
    [textsReady, step, visit.count, focusHeading],
  )

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
        ) : !textsReady ? (
          loading
        ) : null}
        {/* One keyed list, so the prepared question's views move into place when it is shown. */}
        {[
          shown,
          upcomingReady && (
            <Activity key={`${upcoming}@${visit.count + 1}`} mode="hidden">
              <QuestionStep questionId={upcoming} focusHeading />
            </Activity>
          ),
        ]}
      </main>
    </>
  )
}
