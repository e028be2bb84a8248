import type { TFunction } from 'i18next'
import { MODEL_IDS, QUESTION_IDS, type Answers } from '../model/decision-model'
import { questionModel } from '../model/questions'
import type { Flip, Reason, ScoreResult, UseVerdict } from '../model/score'

// The result page's sentences, built from the model's results with the page's `t` (texts of the
// `result`, `model` and `common` namespaces), shared by the page and the summary it copies.

/** The one-sentence takeaway under the heading: a clear lead, a close call, or a tie and its rule. */
export function takeawayText(t: TFunction, result: ScoreResult): string {
  const values = {
    model: t(`model:models.${result.recommended}`),
    other: t(`model:models.${result.other}`),
    share: result.share[result.recommended],
    otherShare: result.share[result.other],
  }
  if (result.tie)
    return t(
      result.tieBreak === 'uses' ? 'result:takeawayTieUses' : 'result:takeawayTieDefault',
      values,
    )
  return t(result.closeCall ? 'result:takeawayClose' : 'result:takeawayClear', values)
}

/** "GPT-4 for writing papers; ChatGPT for setting reminders." from the verdicts per use. */
export function perUseText(t: TFunction, verdicts: readonly UseVerdict[]): string {
  const parts = MODEL_IDS.map((m) => {
    const uses = verdicts.filter((v) => v.recommended === m)
    if (uses.length === 0) return undefined
    return t('result:perUseItem', {
      model: t(`model:models.${m}`),
      uses: uses.map((v) => t('result:perUseUse', { use: t(`model:options.uses.${v.use}`) })),
    })
  }).filter((x) => x !== undefined)
  return parts.join(t('result:perUseJoin')) + t('result:perUseEnd')
}

/** "If your tasks were mostly simple, everyday questions, ChatGPT would come out ahead …" */
export function flipText(t: TFunction, flip: Flip): string {
  const { change } = flip
  const label = (id: string | undefined) => t(`model:options.${change.question}.${id}`)
  const option = label(change.option)
  const uses = change.question === 'uses'
  // An option ticked in place of "None of these" replaces no option a person would name.
  const fromExclusive = questionModel.questions
    .find((q) => q.id === change.question)
    ?.options.find((o) => o.id === change.from)?.exclusive
  const condition =
    change.kind === 'replace'
      ? t(`result:if.${change.question}.${change.option}`)
      : change.kind === 'swap'
        ? fromExclusive
          ? t('result:if.pickAbility', { option })
          : t(uses ? 'result:if.swapUse' : 'result:if.swapAbility', {
              option,
              from: label(change.from),
            })
        : t(uses ? 'result:if.removeUse' : 'result:if.removeAbility', { option })
  const outcome = t(flip.tie ? 'result:flipOutcomeTie' : 'result:flipOutcome', {
    model: t(`model:models.${flip.recommended}`),
    share: flip.share,
  })
  return t('result:flipSentence', { condition, outcome })
}

/** What the result page shows, as {@link summaryText} needs it. */
export interface ResultSummary {
  readonly result: ScoreResult
  /** The reasons for the recommended model, in page order. */
  readonly reasons: readonly Reason[]
  readonly perUse: { readonly verdicts: readonly UseVerdict[]; readonly split: boolean }
  /** The smallest change of answer that would flip the verdict; none when no single answer does. */
  readonly flip: Flip | undefined
  readonly answers: Answers
  /** The result's own address (absolute). */
  readonly url: string
}

/** The plain-text summary copied by "Copy summary": verdict, per-use split, reasons, what would change, answers, the link. */
export function summaryText(
  t: TFunction,
  { result, reasons, perUse, flip, answers, url }: ResultSummary,
): string {
  return [
    t('common:app.name'),
    t('result:heading', { model: t(`model:models.${result.recommended}`) }),
    takeawayText(t, result),
    ...(perUse.split
      ? [t('result:summaryPerUse', { perUse: perUseText(t, perUse.verdicts) })]
      : []),
    t('result:summaryReasons'),
    ...reasons.map(
      (r) =>
        `- ${t(`result:reasons.${r.source.quote}`)}${t('result:summarySource', {
          source: t('result:source', {
            section: r.source.section,
            title: t(`result:sections.s${r.source.section}`),
          }),
        })}`,
    ),
    t('result:summaryFlip', { flip: flip ? flipText(t, flip) : t('result:flipNone') }),
    t('result:summaryAnswers'),
    ...QUESTION_IDS.map((q) =>
      t('result:summaryAnswer', {
        question: t(`model:questions.${q}.summary`),
        answer: (answers[q] ?? [])
          .map((o) => t(`model:options.${q}.${o}`))
          .join(t('common:list.separator')),
      }),
    ),
    t('result:summaryLink', { url }),
  ].join('\n')
}
