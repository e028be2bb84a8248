// The personas of tests/fixtures/personas.ts as a person meets them: the result page, opened from
// its link in each language, names the persona's verdict in the heading and, where the uses point
// different ways, says which model fits each use before anything else.
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import enModel from '../../locales/en/model.json'
import enResult from '../../locales/en/result.json'
import zhModel from '../../locales/zh-CN/model.json'
import zhResult from '../../locales/zh-CN/result.json'
import type { Answers } from '../../src/model/decision-model'
import { formatSearch } from '../../src/url/codec'
import { PERSONAS } from '../fixtures/personas'
import { renderApp } from './render-app'

let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  unmount = undefined
})

const TEXTS = {
  en: { model: enModel, result: enResult },
  'zh-CN': { model: zhModel, result: zhResult },
} as const

describe.each(['en', 'zh-CN'] as const)('personas, on the result page in %s', (locale) => {
  const { model, result } = TEXTS[locale]
  const modelName = (id: 'gpt-4' | 'chatgpt') => model.models[id]
  const heading = (id: 'gpt-4' | 'chatgpt') => result.heading.replace('{{model}}', modelName(id))

  it.each(PERSONAS.map((p) => [p.name, p] as const))('%s', async (_, persona) => {
    const answers = persona.answers as Answers
    unmount = (await renderApp(`/${formatSearch({ answers, step: 'result', locale })}`)).unmount
    const h1 = await screen.findByRole('heading', { level: 1, name: heading(persona.verdict) })
    const perUse = document.querySelector('.per-use')
    const models = new Set(Object.values(persona.perUse))
    if (models.size < 2) {
      expect(perUse, 'one model for every use: no split sentence').toBeNull()
      return
    }
    // Under the heading, before the reasons: the first thing read after the takeaway.
    expect(perUse).not.toBeNull()
    expect(h1.compareDocumentPosition(perUse!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    const reasons = screen.getAllByRole('heading', { level: 2 })[0]!
    expect(perUse!.compareDocumentPosition(reasons) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    // Each use is named in the clause of its model: "GPT-4 for …; ChatGPT for …".
    const clauses = perUse!.textContent!.split(result.perUseJoin)
    for (const [use, m] of Object.entries(persona.perUse)) {
      const label = (model.options.uses as Record<string, string>)[use]!
      const clause = clauses.find((c) => c.toLowerCase().includes(label.toLowerCase()))
      expect(clause, `${use} is named`).toBeDefined()
      expect(clause, `${use} goes with ${m}`).toContain(modelName(m))
      expect(clause).not.toContain(modelName(m === 'gpt-4' ? 'chatgpt' : 'gpt-4'))
    }
  })
})
