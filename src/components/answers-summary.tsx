import { useTranslation } from 'react-i18next'
import type { QuestionId } from '../model/decision-model'
import { questionModel } from '../model/questions'
import { useWizard, wizardStore } from '../store/wizard-store'
import { formatSearch } from '../url/codec'
import { AppLink } from './app-link'

/** "Your answers": one row per question with a Change link that opens its step (GOV.UK check answers). */
export function AnswersSummary() {
  const { t } = useTranslation()
  const answers = useWizard((s) => s.answers)
  const locale = useWizard((s) => s.locale)
  const change = (question: QuestionId) => wizardStore.getState().goTo(question, { change: true })
  return (
    <section aria-labelledby="answers-heading" className="section answers">
      <h2 id="answers-heading">{t('result:answersHeading')}</h2>
      <dl className="summary-list">
        {questionModel.questions.map((q) => (
          <div className="summary-list__row" key={q.id}>
            <dt className="summary-list__key">{t(`model:questions.${q.id}.summary`)}</dt>
            <dd className="summary-list__value">
              {(answers[q.id] ?? [])
                .map((o) => t(`model:options.${q.id}.${o}`))
                .join(t('common:list.separator'))}
            </dd>
            <dd className="summary-list__actions no-print">
              <AppLink
                href={formatSearch({ answers, step: q.id, locale, returnToResult: true })}
                onNavigate={() => change(q.id)}
              >
                {t('common:actions.change')}{' '}
                <span className="visually-hidden">
                  {t('result:changeHidden', { question: t(`model:questions.${q.id}.summary`) })}
                </span>
              </AppLink>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
