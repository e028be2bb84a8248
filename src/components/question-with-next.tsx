import { Activity, Fragment, memo, startTransition, useEffect, useMemo, useState } from 'react'
import { hasStepTexts, useRenderOnTextsAdded } from '../i18n'
import { upcomingQuestion } from '../model/answers'
import type { QuestionId } from '../model/decision-model'
import { questionModel } from '../model/questions'
import { wizardStore } from '../store/wizard-store'
import { QuestionStep as QuestionStepView } from './question-step'

// A question renders only when its props change: the one prepared for later is shown as it is.
const QuestionStep = memo(QuestionStepView)

/** Props of {@link QuestionWithNext}. */
export interface QuestionWithNextProps {
  /** The question shown. */
  step: QuestionId
  /** Whether the shown question takes focus when it appears (not on the first page load). */
  focusHeading: boolean
}

/**
 * The question shown, and the question Continue leads to rendered ahead, hidden (React's
 * `<Activity mode="hidden">`: in the DOM with `display: none`, out of the accessibility tree, its
 * effects not run), at idle priority once the page is up, so Continue only reveals it (why:
 * docs/architecture.md).
 *
 * Each step change is a new visit, and a view belongs to one visit: the question prepared for the
 * next visit is the one Continue shows; any other move (Back, a Change link, the browser's history)
 * gets a fresh view, so no error or state from an earlier visit comes back.
 */
export function QuestionWithNext({ step, focusHeading }: QuestionWithNextProps) {
  // The visit number follows the step during render (React's "adjusting state when a prop
  // changes"), so the keys below are right in the very render that shows the new step.
  const [visit, setVisit] = useState({ step, count: 0 })
  if (visit.step !== step) setVisit({ step, count: visit.count + 1 })
  // Not in the pre-rendered HTML, nor while hydrating; in a transition, so React renders the
  // prepared question in short tasks.
  const [started, setStarted] = useState(false)
  useEffect(() => startTransition(() => setStarted(true)), [])
  const upcoming = started
    ? upcomingQuestion(
        questionModel,
        wizardStore.getState().answers,
        step,
        wizardStore.getState().returnToResult,
      )
    : undefined
  const upcomingReady = upcoming !== undefined && hasStepTexts(upcoming)
  // Only when the next question waits for its texts.
  useRenderOnTextsAdded(upcoming !== undefined && !upcomingReady)

  // The same element while its inputs stay: the re-renders that add the next question leave the
  // shown one alone. The question a view opens with (on a page load, the pre-rendered one) is not
  // in an <Activity>: React hydrates an <Activity> in a pass of its own, at the prepared question's
  // idle priority, so the question would take clicks only after the next one was rendered too.
  // Every question Continue reveals is in one (it was prepared in it).
  const shown = useMemo(() => {
    const key = `${step}@${visit.count}`
    const question = <QuestionStep questionId={step} focusHeading={focusHeading} />
    return visit.count === 0 ? (
      <Fragment key={key}>{question}</Fragment>
    ) : (
      <Activity key={key} mode="visible">
        {question}
      </Activity>
    )
  }, [step, visit.count, focusHeading])
  // One keyed list, so the prepared question's views move into place when it is shown.
  return [
    shown,
    upcomingReady && (
      <Activity key={`${upcoming}@${visit.count + 1}`} mode="hidden">
        <QuestionStep questionId={upcoming} focusHeading />
      </Activity>
    ),
  ]
}
