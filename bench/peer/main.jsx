// The benchmark's peer: the same five-question quiz as the app, written the plain SurveyJS way
// (survey-core model + survey-react-ui renderer, default theme). Built only from bench/.peer/,
// where bench/run.mjs copies this file; never part of the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Model } from 'survey-core'
import { Survey } from 'survey-react-ui'
// The default theme without its @font-face rules: those load Open Sans from a font CDN, which a
// benchmark on the loopback interface cannot reach (and the app loads no web font either).
import 'survey-core/survey-core.fontless.css'
// The app's own English texts (aliased in bench/quiz.vite.config.mjs to <repo>/locales/en/model.json).
import texts from '@app-locales/en/model.json'

const { questions, options } = texts

const choices = (id, except = []) =>
  Object.entries(options[id])
    .filter(([value]) => !except.includes(value))
    .map(([value, text]) => ({ value, text }))

const question = (type, name, extra = {}) => ({
  type,
  name,
  title: questions[name].title,
  description: questions[name].hint,
  isRequired: true,
  choices: choices(name),
  ...extra,
})

const json = {
  showProgressBar: true,
  progressBarLocation: 'top',
  checkErrorsMode: 'onNextPage',
  pages: [
    { name: 'uses', elements: [question('checkbox', 'uses')] },
    { name: 'complexity', elements: [question('radiogroup', 'complexity')] },
    { name: 'work-style', elements: [question('radiogroup', 'work-style')] },
    {
      name: 'abilities',
      elements: [
        question('checkbox', 'abilities', {
          choices: choices('abilities', ['none']),
          showNoneItem: true,
          noneText: options.abilities.none,
        }),
      ],
    },
    { name: 'priority', elements: [question('radiogroup', 'priority')] },
  ],
}

const model = new Model(json)

function App() {
  return <Survey model={model} />
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
