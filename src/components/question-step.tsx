import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { getQuestion, stepNumber } from '../model/answers'
import type { Option, Question, QuestionId } from '../model/decision-model'
import { questionModel } from '../model/questions'
import { useWizard, wizardStore } from '../store/wizard-store'
import { BackLink } from './back-link'
import { useStepPage } from './step-page'

/** Props of {@link QuestionStep}. */
export interface QuestionStepProps {
  questionId: QuestionId
  /** Move focus to the question when shown (after Continue, Back or a Change link). */
  focusHeading: boolean
}

/** Options of a question split into display groups, in order (one unnamed group when ungrouped). */
function groupOptions(question: Question): { group: string | undefined; options: Option[] }[] {
  const groups: { group: string | undefined; options: Option[] }[] = []
  for (const option of question.options) {
    const last = groups[groups.length - 1]
    if (last && last.group === option.group) last.options.push(option)
    else groups.push({ group: option.group, options: [option] })
  }
  return groups
}

/** One question on its own page: the GOV.UK question-page pattern. */
export function QuestionStep({ questionId, focusHeading }: QuestionStepProps) {
  const { t } = useTranslation()
  const question = getQuestion(questionModel, questionId)
  const chosen = useWizard((s) => s.answers[questionId])
  const locale = useWizard((s) => s.locale)
  const returnToResult = useWizard((s) => s.returnToResult)
  // From a Continue without an answer until the next Continue: the error does not go as soon as an
  // option is ticked (nor come back when it is unticked), which would move the options under the
  // pointer, so that the next tap lands on another option. GOV.UK's question pages do the same.
  const [hasError, setHasError] = useState(false)
  const errorSummaryRef = useRef<HTMLDivElement>(null)
  const [errorFocusRequest, setErrorFocusRequest] = useState(0)

  const number = stepNumber(questionModel, questionId)
  const total = questionModel.questions.length
  const title = t(`model:questions.${questionId}.title`)
  const errorMessage = t(
    question.selection === 'single'
      ? 'errors.selectOne'
      : question.options.some((o) => o.exclusive)
        ? 'errors.selectSomeOrNone'
        : 'errors.selectSome',
  )
  const progress = t('progress', { current: number, total })
  // "Error: What do you want to use it for? – Step 1 of 5 – GPT-4 or ChatGPT?"
  const headingRef = useStepPage(
    `${hasError ? t('errors.titlePrefix') : ''}${title} – ${progress} – ${t('app.name')}`,
    focusHeading,
  )
  useEffect(() => {
    if (errorFocusRequest > 0) errorSummaryRef.current?.focus()
  }, [errorFocusRequest])

  const ids = { hint: `${questionId}-hint`, error: `${questionId}-error` }
  const firstInputId = `${questionId}-${question.options[0]?.id ?? ''}`

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (wizardStore.getState().continueFrom(questionId) === 'missing') {
      setHasError(true)
      setErrorFocusRequest((n) => n + 1)
    }
  }
  const onErrorLink = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    const input = document.getElementById(firstInputId)
    input?.focus()
    input?.closest('fieldset')?.scrollIntoView?.()
  }

  const renderOption = (option: Option) => {
    const id = `${questionId}-${option.id}`
    return (
      <div className="choice" key={option.id}>
        <input
          className="choice__input"
          id={id}
          name={questionId}
          type={question.selection === 'single' ? 'radio' : 'checkbox'}
          value={option.id}
          checked={chosen?.includes(option.id) ?? false}
          aria-describedby={option.hint ? `${id}-hint` : undefined}
          onChange={(e) => wizardStore.getState().choose(questionId, option.id, e.target.checked)}
        />
        <div className="choice__text">
          <label className="choice__label" htmlFor={id}>
            {t(`model:options.${questionId}.${option.id}`)}
          </label>
          {option.hint && (
            <p className="choice__hint" id={`${id}-hint`}>
              {t(`model:optionHints.${questionId}.${option.id}`)}
            </p>
          )}
        </div>
      </div>
    )
  }

  return (
    <>
      <BackLink from={questionId} />
      {hasError && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={errorSummaryRef}
          aria-labelledby="error-summary-title"
        >
          <h2 className="error-summary__title" id="error-summary-title">
            {t('errors.summaryTitle')}
          </h2>
          <ul className="error-summary__list">
            <li>
              <a href={`#${firstInputId}`} onClick={onErrorLink}>
                {errorMessage}
              </a>
            </li>
          </ul>
        </div>
      )}
      {number === 1 && <p className="intro">{t('app.tagline')}</p>}
      <form noValidate onSubmit={onSubmit}>
        <div className={hasError ? 'form-group form-group--error' : 'form-group'}>
          <fieldset
            className="fieldset"
            aria-describedby={hasError ? `${ids.hint} ${ids.error}` : ids.hint}
          >
            <legend className="fieldset__legend">
              <h1 className="heading" ref={headingRef} tabIndex={-1}>
                <span className="caption">{progress}</span>
                <span className="visually-hidden"> – </span>
                {title}
              </h1>
            </legend>
            <p className="hint" id={ids.hint}>
              {t(`model:questions.${questionId}.hint`)}
            </p>
            {hasError && (
              <p className="error-message" id={ids.error}>
                <span className="visually-hidden">{t('errors.titlePrefix')}</span>
                {errorMessage}
              </p>
            )}
            {groupOptions(question).map(({ group, options }) => {
              const plain = options.filter((o) => !o.exclusive)
              const exclusive = options.filter((o) => o.exclusive)
              return (
                <div
                  key={group ?? 'all'}
                  className="choices__group"
                  role={group && 'group'}
                  aria-labelledby={group && `${questionId}-group-${group}`}
                >
                  {group && (
                    <p className="choices__group-label" id={`${questionId}-group-${group}`}>
                      {t(`model:groups.${questionId}.${group}`)}
                    </p>
                  )}
                  {plain.map(renderOption)}
                  {exclusive.length > 0 && (
                    <>
                      <p className="choices__divider">{t('choices.or')}</p>
                      {exclusive.map(renderOption)}
                    </>
                  )}
                </div>
              )
            })}
          </fieldset>
        </div>
        {/* Before the app has taken over the pre-rendered page, Continue submits the form as a plain
            GET (`?lang=…&uses=a&uses=b`, which the URL codec reads): the language must go with it. */}
        <input type="hidden" name="lang" value={locale} />
        {/* GOV.UK names the button for where it goes: the last question, or a question changed
            from the answers summary, leads straight to the result. */}
        <button type="submit" className="button">
          {t(number === total || returnToResult ? 'actions.seeResult' : 'actions.continue')}
        </button>
      </form>
    </>
  )
}
