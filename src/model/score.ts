import { answeredSteps, firstUnansweredStep, getQuestion, toggleOption } from './answers'
import { MODEL_IDS } from './decision-model'
import type {
  Answers,
  DecisionModel,
  ModelId,
  QuestionId,
  QuoteId,
  SourceRef,
} from './decision-model'
import { decisionModel } from './weights'

/** Points per model: a plain record so it can be read as `points['gpt-4']`. */
export type Points = Readonly<Record<ModelId, number>>

/** What one chosen option adds to each model's score. */
export interface Contribution {
  readonly question: QuestionId
  readonly option: string
  /** Points added to each model: weight (0…3) × question importance ÷ options chosen for that question. */
  readonly points: Points
  /** `points['gpt-4'] - points.chatgpt`: positive leans to GPT-4, negative to ChatGPT, 0 to neither. */
  readonly lean: number
  /** Article section and sentence behind the weight. */
  readonly source: SourceRef
}

/** Everything the result page shows, derived from the answers alone. */
export interface ScoreResult {
  /** Sum of the contributions per model, in points (≥ 0). */
  readonly points: Points
  /**
   * Each model's share of all points in whole percent, 0…100, summing to exactly 100
   * (50/50 when no points at all). Rounded from `exactShare`.
   */
  readonly share: Points
  /** Unrounded shares in percent (0…100, summing to 100). */
  readonly exactShare: Points
  /**
   * The shares as the page writes them: `share`, except when the points differ but the whole
   * percents would read as a tie (50 against 50): then with as many decimals (1 to 3) as it takes
   * for them to differ, e.g. 50.4 against 49.6. Summing to 100.
   */
  readonly shownShare: Points
  /** One row per chosen option, largest |lean| first; equal leans keep step, then option, order. */
  readonly contributions: readonly Contribution[]
  /** The model the answers point to. On equal points: see {@link breakTie}. */
  readonly recommended: ModelId
  /** The model not recommended. */
  readonly other: ModelId
  /** True when the exact shares differ by less than the model's `closeCallThreshold` points. */
  readonly closeCall: boolean
  /**
   * True when both models have the same points, to 1e-9: the points are float sums of fractions
   * (5 ÷ 3 …), and sums that are equal on paper can differ in the last bits.
   */
  readonly tie: boolean
  /**
   * On a tie, which part of the tie rule decided: `'uses'` when the uses lean to a model,
   * `'default'` when they lean neither way (GPT-4); `undefined` when there is no tie.
   */
  readonly tieBreak: 'uses' | 'default' | undefined
  /** The questions answered, in step order. */
  readonly answered: readonly QuestionId[]
  /** The first question still to answer, or `undefined` when all are answered. */
  readonly missing: QuestionId | undefined
}

/**
 * The tie rule (stated on the result page, tested): on equal points, the model that the uses lean
 * to wins, because the §3 scenario lists are the article's core; if the uses lean to neither,
 * GPT-4 wins, which §3 calls the more all-round model ("GPT4 的能力更为全面").
 *
 * @param contributions rows of {@link scoreModels}.
 * @returns the model recommended on a tie, and which part of the rule decided.
 */
export function breakTie(contributions: readonly Contribution[]): {
  model: ModelId
  by: 'uses' | 'default'
} {
  const usesLean = contributions
    .filter((c) => c.question === 'uses')
    .reduce((sum, c) => sum + c.lean, 0)
  if (usesLean === 0) return { model: 'gpt-4', by: 'default' }
  return { model: usesLean < 0 ? 'chatgpt' : 'gpt-4', by: 'uses' }
}

/**
 * Scores both models for a set of answers with the weighted sum of the decision model:
 * each chosen option adds `weight × importance` points to each model, divided by the number of
 * options chosen for that question (so ticking more uses does not weigh more than ticking one).
 *
 * @param answers question id → chosen option ids; unanswered questions add nothing, so partial
 *   answers can be scored too.
 * @param model the decision model; the wizard's own by default.
 * @returns points, shares in percent, contributions with their §, the recommended model, the
 *   close-call and tie flags, and which questions are answered or missing. Deterministic.
 * @throws RangeError on an unknown question or option id (`parseSearch` drops those first).
 */
export function scoreModels(answers: Answers, model: DecisionModel = decisionModel): ScoreResult {
  const contributions: Contribution[] = []
  for (const [questionId, chosen] of Object.entries(answers) as [
    QuestionId,
    readonly string[] | undefined,
  ][]) {
    const question = getQuestion(model, questionId)
    for (const optionId of chosen ?? []) {
      const option = question.options.find((o) => o.id === optionId)
      if (!option) throw new RangeError(`Unknown option ${optionId} for question ${questionId}`)
      const factor = question.importance / (chosen?.length ?? 1)
      const points = {
        'gpt-4': option.weight['gpt-4'] * factor,
        chatgpt: option.weight.chatgpt * factor,
      }
      contributions.push({
        question: questionId,
        option: optionId,
        points,
        lean: points['gpt-4'] - points.chatgpt,
        source: option.source,
      })
    }
  }
  const order = (c: Contribution) => {
    const q = model.questions.findIndex((x) => x.id === c.question)
    return q * 1000 + (model.questions[q]?.options.findIndex((o) => o.id === c.option) ?? 0)
  }
  contributions.sort((a, b) => Math.abs(b.lean) - Math.abs(a.lean) || order(a) - order(b))

  const points = {
    'gpt-4': contributions.reduce((sum, c) => sum + c.points['gpt-4'], 0),
    chatgpt: contributions.reduce((sum, c) => sum + c.points.chatgpt, 0),
  }
  const total = points['gpt-4'] + points.chatgpt
  const gpt4Exact = total > 0 ? (points['gpt-4'] / total) * 100 : 50
  const gpt4Share = Math.round(gpt4Exact)
  const tie = Math.abs(points['gpt-4'] - points.chatgpt) < 1e-9
  const tieBreak = tie ? breakTie(contributions) : undefined
  const recommended: ModelId = tieBreak
    ? tieBreak.model
    : points['gpt-4'] > points.chatgpt
      ? 'gpt-4'
      : 'chatgpt'
  const missing = firstUnansweredStep(model, answers)
  return {
    points,
    share: { 'gpt-4': gpt4Share, chatgpt: 100 - gpt4Share },
    exactShare: { 'gpt-4': gpt4Exact, chatgpt: 100 - gpt4Exact },
    shownShare: shownShares(gpt4Exact, gpt4Share, tie),
    contributions,
    recommended,
    other: MODEL_IDS.find((m) => m !== recommended) ?? 'chatgpt',
    closeCall: Math.abs(2 * gpt4Exact - 100) < model.closeCallThreshold,
    tie,
    tieBreak: tieBreak?.by,
    answered: answeredSteps(model, answers),
    missing,
  }
}

/**
 * A change of one answer: `replace` picks another option of a one-answer question (or ticks an
 * option in place of "None of these"), `add` ticks one more option, `remove` unticks one (only
 * when others stay ticked).
 */
export interface AnswerChange {
  readonly kind: 'replace' | 'add' | 'remove'
  readonly question: QuestionId
  /** The option chosen instead (`replace`), added (`add`) or removed (`remove`). */
  readonly option: string
  /** For `replace`: the option it replaces. */
  readonly from?: string
}

/** {@link ScoreResult.shownShare} from GPT-4's exact and whole-percent shares. */
function shownShares(gpt4Exact: number, gpt4Share: number, tie: boolean): Points {
  let shown = gpt4Share
  for (let scale = 10; !tie && shown === 50 && scale <= 1000; scale *= 10)
    shown = Math.round(gpt4Exact * scale) / scale
  return { 'gpt-4': shown, chatgpt: Math.round((100 - shown) * 1000) / 1000 }
}

/** The single-answer change that flips the recommendation, with the answers it leads to. */
export interface Flip {
  readonly change: AnswerChange
  readonly answers: Answers
  /** The model that would then be recommended. */
  readonly recommended: ModelId
  /** Its share in percent after the change, as the page writes it ({@link ScoreResult.shownShare}). */
  readonly share: number
  /** True when the change leads to equal points, decided by the tie rule. */
  readonly tie: boolean
}

/** Every answers set one change away from `answers`, answered questions only, in step order. */
function singleChanges(
  model: DecisionModel,
  answers: Answers,
): { change: AnswerChange; answers: Answers }[] {
  const out: { change: AnswerChange; answers: Answers }[] = []
  for (const question of model.questions) {
    const current = answers[question.id]
    if (!current || current.length === 0) continue
    for (const option of question.options) {
      const ticked = current.includes(option.id)
      if (question.selection === 'single') {
        if (ticked) continue
        out.push({
          change: { kind: 'replace', question: question.id, option: option.id, from: current[0] },
          answers: { ...answers, [question.id]: [option.id] },
        })
      } else if (!ticked && option.exclusive) {
        // "None of these" in place of the one option ticked.
        if (current.length === 1) {
          out.push({
            change: { kind: 'replace', question: question.id, option: option.id, from: current[0] },
            answers: { ...answers, [question.id]: [option.id] },
          })
        }
      } else if (!ticked) {
        // Ticking an option clears "None of these": that is a replacement, not an addition.
        const exclusive = question.options.find((o) => o.exclusive && current.includes(o.id))
        out.push({
          change: exclusive
            ? { kind: 'replace', question: question.id, option: option.id, from: exclusive.id }
            : { kind: 'add', question: question.id, option: option.id },
          answers: { ...answers, [question.id]: toggleOption(question, current, option.id, true) },
        })
      } else if (ticked && current.length > 1) {
        out.push({
          change: { kind: 'remove', question: question.id, option: option.id },
          answers: { ...answers, [question.id]: toggleOption(question, current, option.id, false) },
        })
      }
    }
  }
  return out
}

/** Preference among kinds of change: another option for an answer given, then one fewer, then one more. */
const KIND_ORDER: Record<AnswerChange['kind'], number> = { replace: 0, remove: 1, add: 2 }

/**
 * What would change the result: among all changes of a single answer (another option for a
 * one-answer question; one option more or fewer for the others; "None of these" in place of a
 * single option),
 * the one that flips the recommendation. Only changes that flip for the right reason count: an
 * option chosen instead or added leans to the model that would win (or, for a neutral option such
 * as "None of these", the option it replaces leans to the one that wins now), an option removed
 * leans to the one that wins now (averaging several uses could otherwise make adding a ChatGPT-leaning use
 * favour GPT-4). Changing an answer given is preferred to removing one, and removing to adding;
 * then the smallest move of the score (the flip that lands closest to the line between the two
 * models); then step, then option, order.
 *
 * @param answers a complete set of answers (an incomplete one is scored as it is).
 * @returns the flip, or `undefined` when no single change flips the recommendation.
 * @throws RangeError on unknown ids, as {@link scoreModels}.
 */
export function findSmallestFlip(
  answers: Answers,
  model: DecisionModel = decisionModel,
): Flip | undefined {
  const now = scoreModels(answers, model)
  const margin = (s: ScoreResult) => s.points['gpt-4'] - s.points.chatgpt
  const leansTo = (question: QuestionId, optionId: string, to: ModelId) => {
    const weight = getQuestion(model, question).options.find((o) => o.id === optionId)?.weight
    return weight !== undefined && weight[to] > weight[to === 'gpt-4' ? 'chatgpt' : 'gpt-4']
  }
  let best: (Flip & { move: number }) | undefined
  for (const candidate of singleChanges(model, answers)) {
    const after = scoreModels(candidate.answers, model)
    if (after.recommended === now.recommended) continue
    const { kind, question, option } = candidate.change
    const { from } = candidate.change
    const neutral = !leansTo(question, option, 'gpt-4') && !leansTo(question, option, 'chatgpt')
    const reason =
      kind === 'remove'
        ? leansTo(question, option, now.recommended)
        : leansTo(question, option, after.recommended) ||
          (neutral && from !== undefined && leansTo(question, from, now.recommended))
    if (!reason) continue
    const move = Math.abs(margin(after) - margin(now))
    const better =
      !best ||
      KIND_ORDER[kind] < KIND_ORDER[best.change.kind] ||
      (KIND_ORDER[kind] === KIND_ORDER[best.change.kind] && move < best.move)
    if (better) {
      best = {
        ...candidate,
        recommended: after.recommended,
        share: after.shownShare[after.recommended],
        tie: after.tie,
        move,
      }
    }
  }
  if (!best) return undefined
  const { move: _move, ...flip } = best
  return flip
}

/** One reason on the result page: the options that rest on the same article sentence. */
export interface Reason {
  /** The article section and sentence. */
  readonly source: SourceRef
  /** The chosen options behind it, largest first. */
  readonly options: readonly { readonly question: QuestionId; readonly option: string }[]
  /** Sum of their leans, in points: positive leans to GPT-4, negative to ChatGPT. */
  readonly lean: number
}

/**
 * The reasons that speak for `model`: contributions leaning its way, grouped by the article
 * sentence they rest on (so five writing uses make one reason, not five), largest total first.
 * Contributions that lean to neither model are left out.
 *
 * @param contributions the sorted rows of {@link ScoreResult}.
 * @param limit at most this many reasons (all by default).
 */
export function reasonsFor(
  contributions: readonly Contribution[],
  model: ModelId,
  limit = Infinity,
): Reason[] {
  const sign = model === 'gpt-4' ? 1 : -1
  const groups = new Map<
    QuoteId,
    { source: SourceRef; options: { question: QuestionId; option: string }[]; lean: number }
  >()
  for (const c of contributions) {
    if (c.lean * sign <= 0) continue
    const group = groups.get(c.source.quote) ?? { source: c.source, options: [], lean: 0 }
    group.options.push({ question: c.question, option: c.option })
    group.lean += c.lean
    groups.set(c.source.quote, group)
  }
  // Map keeps first-seen order, and contributions come largest first: a stable sort keeps it on ties.
  return [...groups.values()].sort((a, b) => Math.abs(b.lean) - Math.abs(a.lean)).slice(0, limit)
}
