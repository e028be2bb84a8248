import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { previousStep } from '../model/answers'
import type { StepId } from '../model/decision-model'
import { questionModel } from '../model/questions'
import { wizardStore } from '../store/wizard-store'
import { formatSearch } from '../url/codec'
import { AppLink } from './app-link'

/** Props of {@link BackLink}. */
export interface BackLinkProps {
  /** The step shown; the link leads to the one before it. */
  from: StepId
}

/**
 * The page's Back link (GOV.UK back link): a real link to the previous step's URL; a click goes
 * back in place (URL sync decides whether that is a history step back). Nothing on the first step.
 * The link's address carries the answers as they are when the step is shown, and again when the
 * pointer or focus reaches it (to open it in a new tab, or copy it), not as they were when the step
 * was rendered (the next question is rendered before the one on screen is answered).
 */
export function BackLink({ from }: BackLinkProps) {
  const { t } = useTranslation()
  const linkRef = useRef<HTMLAnchorElement>(null)
  const previous = previousStep(questionModel, from)
  // The answers are read, not subscribed to, so that answering does not re-render the step: the
  // address is brought up to date whenever the step is shown and just before anything can use it.
  const href = () => (previous ? formatSearch({ ...wizardStore.getState(), step: previous }) : '')
  const refresh = () => {
    if (linkRef.current) linkRef.current.href = href()
  }
  useEffect(refresh) // after each render, and each time a prepared step is shown
  if (!previous) return null
  return (
    <AppLink
      ref={linkRef}
      className="back-link"
      href={href()}
      onNavigate={() => wizardStore.getState().goBack()}
      onPointerEnter={refresh}
      onFocus={refresh}
    >
      {t('common:actions.back')}
    </AppLink>
  )
}
