// The benchmark's floor: the same five-question quiz as the app, written as plainly as the app's own
// stack allows (React, zustand, i18next with react-i18next, the versions the app uses), and doing
// only what a bare wizard must: one question per page, required answers with an error message,
// the step and answers in the query (a history entry per step), focus on the new question's heading.
// No pre-rendering, no styles, no second language, no result page. Built only from bench/.floor/,
// where bench/run.mjs copies this file; never part of the app.
import { StrictMode, useEffect, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { create } from 'zustand'
// The app's own English texts (aliased in bench/quiz.vite.config.mjs to <repo>/locales/en/).
import common from '@app-locales/en/common.json'
import model from '@app-locales/en/model.json'

void i18next.use(initReactI18next).init({
  resources: { en: { common, model } },
  lng: 'en',
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
})

const QUESTIONS = Object.keys(model.questions)
const SINGLE = new Set(['complexity', 'work-style', 'priority'])
const EXCLUSIVE = 'none'

const useWizard = create((set, get) => ({
  step: 0,
  answers: {},
  error: false,
  choose: (question, option, on) =>
    set((s) => {
      const before = s.answers[question] ?? []
      const after =
        SINGLE.has(question) || option === EXCLUSIVE
          ? on
            ? [option]
            : []
          : on
            ? [...before.filter((o) => o !== EXCLUSIVE), option]
            : before.filter((o) => o !== option)
      return { answers: { ...s.answers, [question]: after } }
    }),
  next: () => {
    const s = get()
    if (!s.answers[QUESTIONS[s.step]]?.length) set({ error: true })
    else set({ step: s.step + 1, error: false })
  },
}))

// The step and the answers in the query: a history entry per step, the entry replaced on answers.
const search = (s) =>
  `?step=${QUESTIONS[s.step] ?? 'result'}` +
  Object.entries(s.answers)
    .map(([q, a]) => (a.length ? `&${q}=${a.join(',')}` : ''))
    .join('')
useWizard.subscribe((s, previous) => {
  if (s.step !== previous.step) history.pushState({ step: s.step }, '', search(s))
  else if (s.answers !== previous.answers) history.replaceState({ step: s.step }, '', search(s))
})
addEventListener('popstate', () =>
  useWizard.setState({ step: history.state?.step ?? 0, error: false }),
)

function Question({ id, number }) {
  const { t } = useTranslation()
  const chosen = useWizard((s) => s.answers[id])
  const error = useWizard((s) => s.error)
  const heading = useRef(null)
  useEffect(() => {
    if (number > 1) heading.current?.focus()
  }, [number])
  const type = SINGLE.has(id) ? 'radio' : 'checkbox'
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        useWizard.getState().next()
      }}
    >
      <fieldset aria-describedby={`${id}-hint`}>
        <legend>
          <h1 ref={heading} tabIndex={-1}>
            {t(`model:questions.${id}.title`)}
          </h1>
        </legend>
        <p>{t('progress', { current: number, total: QUESTIONS.length })}</p>
        <p id={`${id}-hint`}>{t(`model:questions.${id}.hint`)}</p>
        {error && (
          <p role="alert">{t(type === 'radio' ? 'errors.selectOne' : 'errors.selectSome')}</p>
        )}
        {Object.keys(model.options[id]).map((option) => (
          <div key={option}>
            <input
              id={`${id}-${option}`}
              type={type}
              name={id}
              value={option}
              checked={chosen?.includes(option) ?? false}
              onChange={(event) => useWizard.getState().choose(id, option, event.target.checked)}
            />
            <label htmlFor={`${id}-${option}`}>{t(`model:options.${id}.${option}`)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{t('actions.continue')}</button>
    </form>
  )
}

function App() {
  const { t } = useTranslation()
  const step = useWizard((s) => s.step)
  return (
    <main>
      <p>{t('app.name')}</p>
      {step < QUESTIONS.length ? (
        <Question key={step} id={QUESTIONS[step]} number={step + 1} />
      ) : (
        <h1>{t('app.name')}</h1>
      )}
    </main>
  )
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
