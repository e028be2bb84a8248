import { useTranslation } from 'react-i18next'
import { useWizard, wizardStore } from '../store/wizard-store'

/** The report's yes/no findings, in the order the notice gives them; each has its sentence. */
const FLAGS = ['unknownLocale', 'unknownVersion', 'stepUnreachable', 'unknownStep'] as const

/**
 * Says, in one or two short sentences, what the opening URL lost; nothing when it lost nothing.
 * "Dismiss" removes it and moves focus to the step's heading.
 */
export function UrlNotice() {
  const { t } = useTranslation()
  const notice = useWizard((s) => s.notice)
  if (!notice) return null
  const questions = notice.droppedQuestions
    .map((q) => t(`model:questions.${q}.summary`))
    .join(t('list.separator'))
  return (
    <div className="notice" role="status">
      <p className="notice__title">{t('notices.title')}</p>
      {notice.droppedQuestions.length > 0 && <p>{t('notices.droppedAnswers', { questions })}</p>}
      {FLAGS.map((flag) => notice[flag] && <p key={flag}>{t(`notices.${flag}`)}</p>)}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          wizardStore.getState().dismissNotice()
          // The button goes with the notice: focus moves on to the step's heading, not to the page.
          // The shown step comes first in `main`; the question prepared after it is hidden (app.tsx).
          document.querySelector<HTMLElement>('main h1')?.focus()
        }}
      >
        {t('notices.dismiss')}
      </button>
    </div>
  )
}
