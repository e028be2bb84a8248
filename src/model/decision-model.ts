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
 * (`result:quotes.<id>`): the Chinese original in `zh-CN`, an English rendering in `en`; what the
 * sentence supports, in the reader's words, in `result:reasons.<id>`.
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
  's3-both',
  's3-gpt4-all-round',
  's4-gpt4-few-shot',
  's5-gpt4-precise',
  's5-chatgpt-answers',
  's6-safety',
  's6-dialogue',
  's7-conclusion',
] as const

/** One of {@link QUOTE_IDS}. */
export type QuoteId = (typeof QUOTE_IDS)[number]

/**
 * How the article supports a weight, so that a weight is as strong as its sentence and no stronger:
 * - `listed`: the article only lists the scenario among one model's uses (§3): a lean;
 * - `compared`: the article says one model does it better than the other;
 * - `also`: the article says the other model does it well too: a slight lean at most;
 * - `conflicting`: the article says both ways in different sections (see {@link ARTICLE_TENSIONS});
 * - `neither`: the article draws no line between the models here: no weight.
 */
export type Support = 'listed' | 'compared' | 'also' | 'conflicting' | 'neither'

/** Where a weight comes from: the article section and the sentence of it that is quoted. */
export interface SourceRef {
  /** Article section, 2…7. */
  readonly section: SourceSection
  /** The quoted sentence of that section. */
  readonly quote: QuoteId
  /** How that sentence supports the weight. */
  readonly support: Support
}

/**
 * What one option gives each model, on a 0…3 scale, and only ever to one of them (the model the
 * article leans to; both 0 when it leans to neither): 1 = a slight lean, 2 = a lean (the article
 * lists it as this model's scenario, or says this model does it better), 3 = several sentences of
 * the article agree. One-sided weights are what keeps the score monotone: an option adds points to
 * the model it leans to and takes none from the other, so it can only raise that model's share.
 * Points in a score are this value times the question's `importance` (see `scoreModels`).
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
  /**
   * The option has a hint under its label (`model:optionHints.<question>.<option>`), for options a
   * person could take for a neighbour: "Customer support" and "Round-the-clock customer service".
   */
  readonly hint?: boolean
}

/** An option with what it counts for in the score (`src/model/weights.ts`). */
export interface ScoredOption extends Option {
  /** Suitability for each model, 0…3, non-zero for one model at most. */
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
   * How much the question counts, a positive whole multiplier of its options' weights. The uses
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
 * Where the article says one thing in one section and another elsewhere. The result page says so
 * in a sentence (`result:tensions.<id>`) whenever one of `options` is chosen.
 */
export interface ArticleTension {
  /** Short kebab id, for the locale key. */
  readonly id: string
  /** The sections that disagree (§1 counts here: it is read, not scored). */
  readonly sections: readonly number[]
  /** The chosen options that bring the disagreement into the person's result. */
  readonly options: readonly { readonly question: QuestionId; readonly option: string }[]
}

/**
 * The whole model (`src/model/weights.ts`): the same questions with their importance and their
 * options' weights and sources, the points each model starts with, when a result is a close call,
 * and where the article disagrees with itself.
 */
export interface DecisionModel extends QuestionModel {
  readonly questions: readonly ScoredQuestion[]
  /**
   * Points each model has before any answer (a whole number ≥ 0): the article says both serve
   * their own fields well (§3), so no answer set gives either model 0 %.
   */
  readonly basePoints: number
  /**
   * A result is a close call when the two shares **as shown** (whole percent) differ by less than
   * this many percentage points: with 10, 54 % against 46 % is close, 55 % against 45 % is not.
   */
  readonly closeCallThreshold: number
  /** The article's contradictions that the result names when they touch the answers. */
  readonly tensions: readonly ArticleTension[]
}

/**
 * The person's answers: question id → chosen option ids, in the question's option order.
 * A question that is missing (or has an empty list) is unanswered. Single-selection questions hold
 * exactly one id.
 */
export type Answers = Readonly<Partial<Record<QuestionId, readonly string[]>>>
