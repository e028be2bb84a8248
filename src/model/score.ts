/**
 * The scoring of the decision model: points, shares, the verdict, the verdict per use, the reasons
 * and what would change the result. Plain TypeScript, deterministic, no React or DOM.
 *
 * **The aggregation.** Every option's weight is one-sided (0…3 for the model the article leans
 * to, 0 for the other: `Weight`). A one-answer question gives its option's weight × the question's
 * importance to that model. A question with several answers gives each model its strongest ticked
 * weight, plus 1 for each further ticked option that leans the same way (at most 2 more), × the
 * importance: the first tick counts in full, many ticks cannot swamp the rest, and a tick can only
 * add. Each model starts with `basePoints`. A model's share is its points over both models' points.
 * Because no option takes points from the other model, choosing an option that leans to a model
 * never lowers that model's share (tested over the whole answer space).
 */
import { answeredSteps, firstUnansweredStep, getQuestion } from './answers'
import { MODEL_IDS } from './decision-model'
import type {
  Answers,
  ArticleTension,
  DecisionModel,
  ModelId,
  QuestionId,
  QuoteId,
  ScoredQuestion,
  SourceRef,
} from './decision-model'
import { decisionModel } from './weights'

/** Points per model: a plain record so it can be read as `points['gpt-4']`. */
export type Points = Readonly<Record<ModelId, number>>

/** Further ticked options of one question that add to a model beyond its strongest (1 each). */
export const MAX_EXTRA_TICKS = 2

/** One chosen option, with the model it leans to and what the article says for it. */
export interface Contribution {
  readonly question: QuestionId
  readonly option: string
  /** The model its weight goes to; `undefined` for an option that leans to neither. */
  readonly toward: ModelId | undefined
  /** Its weight for that model, 0…3 (0 when it leans to neither). */
  readonly weight: number
  /** Its weight × the question's importance: what it would add if ticked alone, in points. */
  readonly points: number
  /** Article section, sentence and kind of support behind the weight. */
  readonly source: SourceRef
}

/**
 * One row of the answer-by-answer table: one question's answer and the points it gives one model
 * (a question whose options lean both ways has a row per model). Whole points.
 */
export interface AnswerRow {
  readonly question: QuestionId
  /** The model the row's points go to; `undefined` for options that lean to neither (0 points). */
  readonly toward: ModelId | undefined
  /** The chosen options of this row, in the question's option order. */
  readonly options: readonly string[]
  /** Whole points for `toward` (≥ 0). */
  readonly points: number
}

/** Everything the result page shows, derived from the answers alone. */
export interface ScoreResult {
  /** Each model's whole points: `basePoints` plus its rows. */
  readonly points: Points
  /** What each model had before any answer (`DecisionModel.basePoints`). */
  readonly basePoints: number
  /**
   * Each model's share in whole percent, 0…100, summing to exactly 100: GPT-4's share of the
   * points rounded half up, ChatGPT's the rest. The only rounding: the close call and the tie are
   * decided on these numbers, as the page shows them.
   */
  readonly share: Points
  /** Rows in step order; within a question, GPT-4's row, ChatGPT's, then the neutral one. */
  readonly rows: readonly AnswerRow[]
  /** One per chosen option: heaviest points first; equal points keep step, then option, order. */
  readonly contributions: readonly Contribution[]
  /** The model the answers point to. On a tie: see {@link breakTie}. */
  readonly recommended: ModelId
  /** The model not recommended. */
  readonly other: ModelId
  /** True when the shares shown differ by less than the model's `closeCallThreshold`. */
  readonly closeCall: boolean
  /** True when the shares shown are 50 % each. */
  readonly tie: boolean
  /**
   * On a tie, which part of the tie rule decided: `'uses'` when the uses lean to a model,
   * `'default'` when they lean neither way (GPT-4); `undefined` when there is no tie.
   */
  readonly tieBreak: 'uses' | 'default' | undefined
  /** The article's contradictions that touch the chosen options, in the model's order. */
  readonly tensions: readonly ArticleTension[]
  /** The questions answered, in step order. */
  readonly answered: readonly QuestionId[]
  /** The first question still to answer, or `undefined` when all are answered. */
  readonly missing: QuestionId | undefined
}

/**
 * The tie rule (stated on the result page, tested): on equal shares, the model that the uses lean
 * to wins, because the §3 scenario lists are the article's core; if the uses lean to neither,
 * GPT-4 wins, which §3 calls the more all-round model ("GPT4 的能力更为全面").
 *
 * @param rows the rows of {@link scoreModels}.
 * @returns the model recommended on a tie, and which part of the rule decided.
 */
export function breakTie(rows: readonly AnswerRow[]): { model: ModelId; by: 'uses' | 'default' } {
  const uses = (m: ModelId) =>
    rows.filter((r) => r.question === 'uses' && r.toward === m).reduce((s, r) => s + r.points, 0)
  const lean = uses('gpt-4') - uses('chatgpt')
  if (lean === 0) return { model: 'gpt-4', by: 'default' }
  return { model: lean < 0 ? 'chatgpt' : 'gpt-4', by: 'uses' }
}

/** The rows of one answered question (see {@link AnswerRow}). */
function questionRows(question: ScoredQuestion, chosen: readonly string[]): AnswerRow[] {
  const options = question.options.filter((o) => chosen.includes(o.id))
  const rows: AnswerRow[] = []
  for (const toward of [...MODEL_IDS, undefined]) {
    const mine = options.filter((o) =>
      toward === undefined ? MODEL_IDS.every((m) => o.weight[m] === 0) : o.weight[toward] > 0,
    )
    if (mine.length === 0) continue
    const strongest = toward === undefined ? 0 : Math.max(...mine.map((o) => o.weight[toward]))
    const extra = toward === undefined ? 0 : Math.min(mine.length - 1, MAX_EXTRA_TICKS)
    rows.push({
      question: question.id,
      toward,
      options: mine.map((o) => o.id),
      points: (strongest + extra) * question.importance,
    })
  }
  return rows
}

/**
 * Scores both models for a set of answers with the aggregation described at the top of this module.
 *
 * @param answers question id → chosen option ids; unanswered questions add nothing, so partial
 *   answers can be scored too.
 * @param model the decision model; the wizard's own by default.
 * @returns whole points, whole-percent shares, rows, contributions with their §, the verdict, the
 *   close-call and tie flags, the article's tensions that apply, and which questions are answered
 *   or missing. Deterministic: the order of ids in `answers` does not matter.
 * @throws RangeError on an unknown question or option id (`parseSearch` drops those first).
 */
export function scoreModels(answers: Answers, model: DecisionModel = decisionModel): ScoreResult {
  for (const id of Object.keys(answers)) getQuestion(model, id as QuestionId)
  const rows: AnswerRow[] = []
  const contributions: Contribution[] = []
  for (const question of model.questions) {
    const chosen = answers[question.id] ?? []
    for (const id of chosen) {
      if (!question.options.some((o) => o.id === id))
        throw new RangeError(`Unknown option ${id} for question ${question.id}`)
    }
    if (chosen.length === 0) continue
    rows.push(...questionRows(question, chosen))
    for (const option of question.options.filter((o) => chosen.includes(o.id))) {
      const toward = MODEL_IDS.find((m) => option.weight[m] > 0)
      const weight = toward ? option.weight[toward] : 0
      contributions.push({
        question: question.id,
        option: option.id,
        toward,
        weight,
        points: weight * question.importance,
        source: option.source,
      })
    }
  }
  // A stable sort: equal points keep step, then option, order.
  contributions.sort((a, b) => b.points - a.points)

  const points = Object.fromEntries(
    MODEL_IDS.map((m) => [
      m,
      model.basePoints + rows.filter((r) => r.toward === m).reduce((s, r) => s + r.points, 0),
    ]),
  ) as Record<ModelId, number>
  const total = points['gpt-4'] + points.chatgpt
  const gpt4Share = total > 0 ? Math.floor((points['gpt-4'] * 100) / total + 0.5) : 50
  const share = { 'gpt-4': gpt4Share, chatgpt: 100 - gpt4Share }
  const tie = gpt4Share === 50
  const tieBreak = tie ? breakTie(rows) : undefined
  const recommended: ModelId = tieBreak ? tieBreak.model : gpt4Share > 50 ? 'gpt-4' : 'chatgpt'
  const chosen = (question: QuestionId, option: string) =>
    answers[question]?.includes(option) ?? false
  return {
    points,
    basePoints: model.basePoints,
    share,
    rows,
    contributions,
    recommended,
    other: recommended === 'gpt-4' ? 'chatgpt' : 'gpt-4',
    closeCall: Math.abs(share['gpt-4'] - share.chatgpt) < model.closeCallThreshold,
    tie,
    tieBreak: tieBreak?.by,
    tensions: model.tensions.filter((t) => t.options.some((o) => chosen(o.question, o.option))),
    answered: answeredSteps(model, answers),
    missing: firstUnansweredStep(model, answers),
  }
}

/** Which model fits one chosen use, given the person's other answers. */
export interface UseVerdict {
  /** The use's option id. */
  readonly use: string
  /** The model recommended for the answers with this use alone in place of all the uses. */
  readonly recommended: ModelId
  /** That model's share in whole percent, as {@link ScoreResult.share}. */
  readonly share: number
}

/**
 * The verdict per use (the article's last word: "选择合适的模型，取决于具体的应用需求和使用场景",
 * §7): each chosen use scored alone with the other answers as they are.
 *
 * @returns one verdict per chosen use, in option order; `split` is true when they name both models
 *   (the page then says which model fits each use). Empty with no uses.
 * @throws RangeError on unknown ids, as {@link scoreModels}.
 */
export function verdictsPerUse(
  answers: Answers,
  model: DecisionModel = decisionModel,
): { verdicts: UseVerdict[]; split: boolean } {
  const verdicts = (answers.uses ?? []).map((use) => {
    const result = scoreModels({ ...answers, uses: [use] }, model)
    return { use, recommended: result.recommended, share: result.share[result.recommended] }
  })
  const split = new Set(verdicts.map((v) => v.recommended)).size > 1
  return { verdicts, split }
}

/** One reason on the result page: chosen options that rest on the same article sentence. */
export interface Reason {
  /** The article section, sentence and kind of support. */
  readonly source: SourceRef
  /** The chosen options behind it, heaviest first. */
  readonly options: readonly { readonly question: QuestionId; readonly option: string }[]
  /** True when the reason speaks for chosen uses (step 1). */
  readonly aboutUses: boolean
}

/** Reasons on sentences of their own from other answers than the uses, shown after the uses' own (all of which are shown). */
export const MAX_DETAIL_REASONS = 3

/**
 * The reasons that speak for `model`: the chosen options leaning its way, grouped by the sentence
 * they rest on, each sentence once. Every chosen use leaning to `model` is covered first (so the
 * heaviest use is always among them), heaviest first; then the later answers, heaviest first: one
 * resting on a sentence already given joins that reason, and up to {@link MAX_DETAIL_REASONS}
 * further sentences become reasons of their own. Options leaning to neither model give no reason.
 *
 * @param contributions the sorted rows of {@link ScoreResult.contributions}.
 */
export function reasonsFor(contributions: readonly Contribution[], model: ModelId): Reason[] {
  const groups = new Map<QuoteId, Reason & { options: Reason['options'][number][] }>()
  let details = 0
  for (const fromUses of [true, false]) {
    // Contributions come heaviest first, so first-seen order is heaviest first.
    for (const c of contributions) {
      if (c.toward !== model || (c.question === 'uses') !== fromUses) continue
      const option = { question: c.question, option: c.option }
      const known = groups.get(c.source.quote)
      if (known) known.options.push(option)
      else if (fromUses || details++ < MAX_DETAIL_REASONS)
        groups.set(c.source.quote, { source: c.source, options: [option], aboutUses: fromUses })
    }
  }
  return [...groups.values()]
}

/** The chosen use that weighs the most (first in option order on equal points), if any. */
export function heaviestUse(contributions: readonly Contribution[]): Contribution | undefined {
  return contributions.find((c) => c.question === 'uses')
}

/**
 * A different answer to a question the person answered, one choice at a time: `replace` another
 * option of a one-answer question, or "None of these" in place of what was ticked; `swap` one ticked
 * option of a several-answer question for one not ticked (for "None of these" when it alone was
 * ticked); `remove` one ticked option of several. Never an option ticked in addition.
 */
export interface AnswerChange {
  readonly kind: 'replace' | 'swap' | 'remove'
  readonly question: QuestionId
  /** The option chosen instead (`replace`, `swap`) or left out (`remove`). */
  readonly option: string
  /** For `replace` and `swap`: the option it replaces (for `replace` of several, the first). */
  readonly from?: string
}

/** The single-answer change that flips the recommendation, with the answers it leads to. */
export interface Flip {
  readonly change: AnswerChange
  readonly answers: Answers
  /** The model that would then be recommended. */
  readonly recommended: ModelId
  /** Its share in whole percent after the change. */
  readonly share: number
  /** True when the change leads to 50 % each, decided by the tie rule. */
  readonly tie: boolean
}

/** Every answer set one different answer away from `answers` ({@link AnswerChange}), in step then option order. */
function singleChanges(
  model: DecisionModel,
  answers: Answers,
): { change: AnswerChange; answers: Answers }[] {
  const out: { change: AnswerChange; answers: Answers }[] = []
  for (const question of model.questions) {
    const current = answers[question.id]
    if (!current || current.length === 0) continue
    if (question.selection === 'single') {
      for (const option of question.options) {
        if (current.includes(option.id)) continue
        out.push({
          change: { kind: 'replace', question: question.id, option: option.id, from: current[0] },
          answers: { ...answers, [question.id]: [option.id] },
        })
      }
      continue
    }
    const exclusive = question.options.find((o) => o.exclusive)
    if (exclusive && !current.includes(exclusive.id)) {
      out.push({
        change: { kind: 'replace', question: question.id, option: exclusive.id, from: current[0] },
        answers: { ...answers, [question.id]: [exclusive.id] },
      })
    }
    for (const from of current) {
      for (const option of question.options) {
        if (option.exclusive || current.includes(option.id)) continue
        out.push({
          change: { kind: 'swap', question: question.id, option: option.id, from },
          answers: {
            ...answers,
            [question.id]: current.map((id) => (id === from ? option.id : id)),
          },
        })
      }
    }
    if (current.length < 2) continue
    for (const id of current) {
      out.push({
        change: { kind: 'remove', question: question.id, option: id },
        answers: { ...answers, [question.id]: current.filter((x) => x !== id) },
      })
    }
  }
  return out
}

/** The order in which {@link findSmallestFlip} prefers the kinds of change (lower first). */
const CHANGE_RANK: Readonly<Record<AnswerChange['kind'], number>> = {
  replace: 0,
  remove: 1,
  swap: 2,
}

/**
 * What would change the result: among the different answers to questions the person answered
 * ({@link AnswerChange}: one choice swapped for another, or one ticked option fewer), the one that
 * flips the recommendation. Another option of a one-answer question (or "None of these") is
 * preferred to one ticked option fewer, and that to a ticked option swapped;
 * then the change that moves the score least (the flip that lands closest to the line); then step,
 * then option, order. Since weights are one-sided, a change that flips to a model always gives that
 * model more or the other less: it flips for the reason it names.
 *
 * @param answers a complete set of answers (an incomplete one is scored as it is).
 * @returns the flip, or `undefined` when no single different answer flips the recommendation.
 * @throws RangeError on unknown ids, as {@link scoreModels}.
 */
export function findSmallestFlip(
  answers: Answers,
  model: DecisionModel = decisionModel,
): Flip | undefined {
  const now = scoreModels(answers, model)
  let best: (Flip & { move: number }) | undefined
  for (const candidate of singleChanges(model, answers)) {
    const after = scoreModels(candidate.answers, model)
    if (after.recommended === now.recommended) continue
    const move = Math.abs(after.share['gpt-4'] - now.share['gpt-4'])
    const better =
      !best ||
      CHANGE_RANK[candidate.change.kind] < CHANGE_RANK[best.change.kind] ||
      (CHANGE_RANK[candidate.change.kind] === CHANGE_RANK[best.change.kind] && move < best.move)
    if (better) {
      best = {
        ...candidate,
        recommended: after.recommended,
        share: after.share[after.recommended],
        tie: after.tie,
        move,
      }
    }
  }
  if (!best) return undefined
  const { move: _move, ...flip } = best
  return flip
}
