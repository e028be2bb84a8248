import type { MouseEvent, SyntheticEvent } from 'react'
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
 * The link's address carries the answers as they are when the pointer or focus reaches it (to
 * open it in a new tab, or copy it), not as they were when the step was rendered.
 */
export function BackLink({ from }: BackLinkProps) {
  const { t } = useTranslation()
  const previous = previousStep(decisionModel, from)
  if (!previous) return null
  const href = () => formatSearch({ ...wizardStore.getState(), step: previous })
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    wizardStore.getState().goBack()
  }
  // The answers are read, not subscribed to, so that answering does not re-render the step: the
  // address is brought up to date just before anything can use it.
  const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = href()
  }
  return (
    <a className="back-link" href={href()} onClick={onClick} onPointerEnter={refresh} onFocus={refresh}>
      {t('common:actions.back')}
    </a>
  )
}
