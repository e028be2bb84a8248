// The app's rules and texts for every browser test, in any driver (Playwright in tests/e2e,
// WebDriver in tests/webkit): texts read from the locale files, never typed twice; steps, the URL
// format and the storage key imported from src, never copied; the canonical cases of PRODUCT.md.
import enBoot from '../../locales/en/boot.json' with { type: 'json' }
import enCommon from '../../locales/en/common.json' with { type: 'json' }
import enModel from '../../locales/en/model.json' with { type: 'json' }
import enResult from '../../locales/en/result.json' with { type: 'json' }
import zhBoot from '../../locales/zh-CN/boot.json' with { type: 'json' }
import zhCommon from '../../locales/zh-CN/common.json' with { type: 'json' }
import zhModel from '../../locales/zh-CN/model.json' with { type: 'json' }
import zhResult from '../../locales/zh-CN/result.json' with { type: 'json' }

import { CANONICAL_CASES } from '../fixtures/canonical-cases'
import {
  QUESTION_IDS,
  type ModelId,
  type QuestionId,
  type StepId,
} from '../../src/model/decision-model'
import { LOCALES, type Locale } from '../../src/model/locale'
import { questionModel } from '../../src/model/questions'
import { formatSearch } from '../../src/url/codec'

/** The interface languages, as they appear in the URL and in `<html lang>`. */
export const LANGS = LOCALES
/** An interface language: `en` or `zh-CN`. */
export type Lang = Locale

/** The question steps in order; the result comes after them. */
export const STEPS = QUESTION_IDS
export type { ModelId, QuestionId, StepId }
/** Answers by question: the option ids ticked, as the URL and the store hold them. */
export type Answers = Partial<Record<QuestionId, readonly string[]>>

/** Whether a question takes one answer (radios) or several (checkboxes). */
export const SINGLE = Object.fromEntries(
  questionModel.questions.map((q) => [q.id, q.selection === 'single']),
) as Record<QuestionId, boolean>

const LOCALE_TEXTS = {
  en: { common: enCommon, model: enModel, result: enResult, boot: enBoot },
  'zh-CN': { common: zhCommon, model: zhModel, result: zhResult, boot: zhBoot },
} as const
type Namespace = keyof (typeof LOCALE_TEXTS)['en']

/** The raw text of `ns:dotted.key` (namespace `common` when none is given), placeholders unfilled. */
export function rawText(lang: Lang, key: string): string {
  const [ns, path] = key.includes(':')
    ? (key.split(':', 2) as [Namespace, string])
    : (['common', key] as const)
  let node: unknown = LOCALE_TEXTS[lang][ns]
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  // A renamed key fails loudly here instead of matching nothing.
  if (typeof node !== 'string') throw new Error(`No text for ${key} in ${lang}`)
  return node
}

/** The text of `key` in `lang`, with `{{name}}` placeholders filled from `values`. */
export function t(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  return rawText(lang, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values[name] ?? `{{${name}}}`),
  )
}

/**
 * A pattern for the text of `key` in `lang`: the text literally, each `{{name}}` replaced by the
 * regex source in `patterns` (`.+?` when not given).
 */
export function textPattern(
  lang: Lang,
  key: string,
  patterns: Record<string, string> = {},
  flags = '',
): RegExp {
  const parts = rawText(lang, key).split(/\{\{(\w+)\}\}/)
  return new RegExp(
    parts.map((part, i) => (i % 2 === 1 ? (patterns[part] ?? '.+?') : escapeRegExp(part))).join(''),
    flags,
  )
}

/** Option ids of a question, in the order the page shows them (the locale file keeps that order). */
export function optionIds(question: QuestionId): string[] {
  return Object.keys(enModel.options[question])
}

/** The visible label of an option. */
export function optionLabel(lang: Lang, question: QuestionId, option: string): string {
  return t(lang, `model:options.${question}.${option}`)
}

/** "Step 2 of 5" / "第 2 步，共 5 步". */
export function progressText(lang: Lang, question: QuestionId): string {
  return t(lang, 'progress', { current: STEPS.indexOf(question) + 1, total: STEPS.length })
}

/** The result page heading, e.g. "Recommended: GPT-4" / "推荐：GPT-4". */
export function verdictHeading(lang: Lang, model: ModelId): string {
  return t(lang, 'result:heading', { model: t(lang, `model:models.${model}`) })
}

/** Every key of every locale file (`ns:a.b.c`, `ns.a.b.c` and `a.b.c`), to spot a raw key shown on screen. */
export function allTranslationKeys(): string[] {
  const keys = new Set<string>()
  const walk = (ns: string, node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      keys.add(`${ns}:${path.join('.')}`)
      keys.add(`${ns}.${path.join('.')}`)
      keys.add(path.join('.'))
      return
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(ns, v, [...path, k])
  }
  for (const lang of LANGS)
    for (const [ns, texts] of Object.entries(LOCALE_TEXTS[lang])) walk(ns, texts, [])
  return [...keys]
}

/** The canonical cases of PRODUCT.md, shared with the model tests. */
export { CANONICAL_CASES } from '../fixtures/canonical-cases'

/** The first canonical case: the usual fixture when any complete set of answers will do. */
export const GPT4_CASE = CANONICAL_CASES[0]

/** Answers of the questions before `step` (all of them for the result). */
export function answersBefore(answers: Answers, step: StepId): Answers {
  const end = step === 'result' ? STEPS.length : STEPS.indexOf(step)
  return Object.fromEntries(
    STEPS.slice(0, end)
      .map((q) => [q, answers[q]])
      .filter(([, v]) => v),
  )
}

/** The canonical query string the app writes: `?v=1&lang=…&step=…&uses=…&…` (the app's own formatter). */
export function appSearch(lang: Lang, step: StepId, answers: Answers = {}): string {
  return formatSearch({ locale: lang, step, answers })
}

/** A pattern matching the canonical query string of exactly this location. */
export function appUrlPattern(lang: Lang, step: StepId, answers: Answers = {}): RegExp {
  const escaped = escapeRegExp(appSearch(lang, step, answers))
  return new RegExp(`/wizard/sub/${escaped}$`)
}

/** `s` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The local-storage key holding the chosen language. */
export { LOCALE_STORAGE_KEY } from '../../src/store/locale-storage'
