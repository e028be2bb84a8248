import { Activity, memo, startTransition, useEffect, useMemo, useState } from 'react'
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
  // shown one alone. While hydrating, React hydrates an <Activity> on its own, and a change to it
  // before then would make React finish that hydration in one task instead of in short ones.
  const shown = useMemo(
    () => (
      <Activity key={`${step}@${visit.count}`} mode="visible">
        <QuestionStep questionId={step} focusHeading={focusHeading} />
      </Activity>
    ),
    [step, visit.count, focusHeading],
  )
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
