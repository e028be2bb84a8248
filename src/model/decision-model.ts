/**
 * Types of the decision model: the questions the wizard asks, their answer options, and the weight
 * each option gives each model, every weight traced to a section of the source article
 * (`../shared/source/000_5e6456632a46f53e.txt`, sections 一…七 written §1…§7).
 *
 * Plain TypeScript: nothing here imports React, zustand, i18next or the DOM.
 */

/** The two models the wizard compares, in display order. Ids appear in i18n keys; never rename. */
export const MODEL_IDS = ['gpt-4', 'chatgpt'] as const

/** `'gpt-4'` or `'chatgpt'`; ChatGPT is the GPT-3.5-based chat model, as the article treats it (§1). */
export type ModelId = (typeof MODEL_IDS)[number]

/**
 * A section of the article that a weight rests on, numbered as the article numbers them
 * (二 = 2 … 七 = 7). §1 (parameter counts) is never cited: PRODUCT.md rules its figures out.
 */
export type SourceSection = 2 | 3 | 4 | 5 | 6 | 7

/**
 * Ids of the article sentences the wizard quotes. The sentence itself lives in the locale files
 * (`model:quotes.<id>`): the Chinese original in `zh-CN`, an English rendering in `en`.
 */
export const QUOTE_IDS = [
  's2-gpt4-abilities',
  's2-chatgpt-dialogue',
  's2-chatgpt-limits',
  's3-gpt4-content',
  's3-gpt4-education',
  's3-gpt4-research',
  's3-gpt4-business',
  's3-chatgpt-service',
  's3-chatgpt-social',
  's3-chatgpt-assistant',
  's4-gpt4-adapt',
  's5-gpt4-precise',
  's5-gpt4-coherent',
  's5-chatgpt-answers',
  's6-gpt4-ethics',
  's7-conclusion',
] as const

/** One of {@link QUOTE_IDS}. */
export type QuoteId = (typeof QUOTE_IDS)[number]

/** Where a weight comes from: the article section and the sentence of it that is quoted. */
export interface SourceRef {
  /** Article section, 2…7. */
  readonly section: SourceSection
  /** The quoted sentence of that section. */
  readonly quote: QuoteId
}

/**
 * How well one option suits each model, on a 0…3 scale (0 = the article gives no reason to pick
 * it for this, 3 = the article names it as this model's strength). Points in a score are this
 * value times the question's `importance` (divided by the number of options chosen, for questions
 * that allow several).
 */
export type Weight = Readonly<Record<ModelId, number>>

/** One answer option of a question, as the wizard shows it and the URL names it. */
export interface Option {
  /** Short lowercase kebab id, unique within its question; appears in URLs, so never renamed. */
  readonly id: string
  /**
   * For questions that allow several options: choosing this option clears the others and choosing
   * another clears this one (the GOV.UK "None of these" pattern). Its weight is 0 for both models.
   */
  readonly exclusive?: boolean
  /**
   * Display group of the option, for long lists (the uses): options sharing a group id are shown
   * under one label (`model:groups.<question>.<group>`). Domains of use, never models.
   */
  readonly group?: string
}

/** An option with what it counts for in the score (`src/model/weights.ts`). */
export interface ScoredOption extends Option {
  /** Suitability for each model, 0…3. */
  readonly weight: Weight
  /** The article section and sentence the weight rests on. */
  readonly source: SourceRef
}

/** The question ids, in the order the wizard asks them. Never renamed: they appear in URLs. */
export const QUESTION_IDS = ['uses', 'complexity', 'work-style', 'abilities', 'priority'] as const

/** One of {@link QUESTION_IDS}. */
export type QuestionId = (typeof QUESTION_IDS)[number]

/** A step of the wizard: a question, or the result page after the last question. */
export type StepId = QuestionId | 'result'

/** One question, asked on a step of its own. */
export interface Question {
  readonly id: QuestionId
  /** `single`: exactly one option (radios); `multiple`: one or more (checkboxes). */
  readonly selection: 'single' | 'multiple'
  /** The options, in display order (also the order they take in the URL). */
  readonly options: readonly Option[]
}

/** A question with what it counts for in the score (`src/model/weights.ts`). */
export interface ScoredQuestion extends Question {
  /**
   * How much the question counts, a positive multiplier of its options' weights. The uses
   * (§3's scenario lists) count the most, so a single later answer cannot overturn them.
   */
  readonly importance: number
  readonly options: readonly ScoredOption[]
}

/**
 * The questions in step order, with their options (`src/model/questions.ts`): all that the
 * question pages, the URL and the store need. It holds no weight, so the first visit downloads none.
 */
export interface QuestionModel {
  readonly questions: readonly Question[]
}

/**
 * The whole model (`src/model/weights.ts`): the same questions with their importance and their
 * options' weights and sources, and when a result is a close call. What the score needs.
 */
export interface DecisionModel extends QuestionModel {
  readonly questions: readonly ScoredQuestion[]
  /**
   * A result is a close call when the two shares differ by less than this many percentage points
   * (exact shares, before rounding). 10 means 54.9 % against 45.1 % is close, 55 % against 45 % is not.
   */
  readonly closeCallThreshold: number
}

/**
 * The person's answers: question id → chosen option ids, in the question's option order.
 * A question that is missing (or has an empty list) is unanswered. Single-selection questions hold
 * exactly one id.
 */
export type Answers = Readonly<Partial<Record<QuestionId, readonly string[]>>>
