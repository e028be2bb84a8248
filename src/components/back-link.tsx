import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { previousStep } from '../model/answers'
import type { StepId } from '../model/decision-model'
import { decisionModel } from '../model/questions'
import { wizardStore } from '../store/wizard-store'
import { formatSearch } from '../url/codec'

/** Props of {@link BackLink}. */
export interface BackLinkProps {
  /** The step shown; the link leads to the one before it. */
  from: StepId
}

/**
 * The page's Back link (GOV.UK back link): a real link to the previous step's URL; a click goes
 * back in place (URL sync decides whether that is a history step back). Nothing on the first step.
 */
export function BackLink({ from }: BackLinkProps) {
  const { t } = useTranslation()
  const previous = previousStep(decisionModel, from)
  if (!previous) return null
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    wizardStore.getState().goBack()
  }
  return (
    // The href is read, not subscribed to: the link's target works from the current answers at
    // render, and answering another question does not re-render the step.
    <a className="back-link" href={formatSearch({ ...wizardStore.getState(), step: previous })} onClick={onClick}>
      {t('common:actions.back')}
    </a>
  )
}
