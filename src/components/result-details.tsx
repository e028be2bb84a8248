import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { MODEL_IDS, type Answers, type ModelId } from '../model/decision-model'
import { FIRST_STEP } from '../model/questions'
import {
  findSmallestFlip,
  reasonsFor,
  type Reason,
  type ScoreResult,
  type UseVerdict,
} from '../model/score'
import { wizardStore } from '../store/wizard-store'
import { formatSearch } from '../url/codec'
import { AnswersSummary } from './answers-summary'
import { AppLink } from './app-link'
import { flipText, summaryText, type ResultSummary } from './result-sentences'

/** Props of {@link ResultDetails}: what the page above it has already worked out. */
export interface ResultDetailsProps {
  /** The person's answers, as in the store. */
  readonly answers: Answers
  /** `scoreModels(answers)`. */
  readonly result: ScoreResult
  /** `verdictsPerUse(answers)`: the per-use sentence, for the copied summary. */
  readonly perUse: { readonly verdicts: readonly UseVerdict[]; readonly split: boolean }
  /** The page's heading ("Recommended: GPT-4"), the title of what "Share" sends. */
  readonly heading: string
  /** The result's own address (absolute), for the copy and share buttons. */
  readonly address: string
}

/** Copies text with the Clipboard API; false where it is missing or refused (the view then shows the link to copy by hand). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/**
 * Where copying failed: the text in a read-only field, selected when focused, to copy by hand.
 * `multiline` gives a text area (the summary) rather than a line (the link).
 */
function CopyByHand({
  id,
  label,
  text,
  multiline = false,
}: {
  id: string
  label: string
  text: string
  multiline?: boolean
}) {
  const field = {
    id,
    className: 'input',
    readOnly: true,
    value: text,
    onFocus: (e: { target: HTMLInputElement | HTMLTextAreaElement }) => e.target.select(),
  }
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={8} {...field} /> : <input {...field} />}
    </p>
  )
}

/** The reasons for one model: each sentence, the answers behind it, its § and, opened, its words. */
function ReasonList({
  reasons,
  t,
  locale,
}: {
  reasons: readonly Reason[]
  t: TFunction
  locale: string
}) {
  return (
    <ol className="reasons">
      {reasons.map((reason) => (
        <li key={reason.source.quote} className="reason">
          <p className="reason__text">{t(`result:reasons.${reason.source.quote}`)}</p>
          <p className="reason__answers">
            {t('result:reasonAnswers', {
              options: reason.options
                .map(({ question, option }) =>
                  t('result:quotedOption', { option: t(`model:options.${question}.${option}`) }),
                )
                .join(t('common:list.separator')),
            })}
          </p>
          <details className="reason__source">
            <summary>
              <cite>
                {t('result:source', {
                  section: reason.source.section,
                  title: t(`result:sections.s${reason.source.section}`),
                })}
              </cite>
              <span className="visually-hidden"> – </span>{' '}
              <span className="reason__more">{t('result:showQuote')}</span>
            </summary>
            {locale === 'zh-CN' ? (
              <blockquote lang="zh-CN">{t(`result:quotes.${reason.source.quote}`)}</blockquote>
            ) : (
              <>
                <p className="quote-label">{t('result:originalLabel')}</p>
                <blockquote lang="zh-CN">
                  {t(`result:quotes.${reason.source.quote}`, { lng: 'zh-CN' })}
                </blockquote>
                <p className="quote-label">{t('result:renderingLabel')}</p>
                <blockquote>{t(`result:quotes.${reason.source.quote}`)}</blockquote>
              </>
            )}
          </details>
        </li>
      ))}
    </ol>
  )
}

/** Inline SVG bar: CSP-safe (no style attribute), scales to its box. `percent` is 0…100. */
function Bar({
  percent,
  model,
  align = 'start',
}: {
  percent: number
  model: ModelId
  align?: 'start' | 'end'
}) {
  const width = Math.max(0, Math.min(100, percent))
  return (
    <svg
      className="bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="bar__track" x="0" y="0" width="100" height="10" />
      <rect
        className={`bar__fill bar__fill--${model}`}
        x={align === 'start' ? 0 : 100 - width}
        y="0"
        width={width}
        height="10"
      />
    </svg>
  )
}

/**
 * The result page below its verdict: the reasons for each model with their sources, tensions, what
 * would change the verdict, the shares, the points breakdown, the answers, sharing, and about.
 */
export function ResultDetails({ answers, result, perUse, heading, address }: ResultDetailsProps) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const flip = useMemo(() => findSmallestFlip(answers), [answers])
  const reasons = useMemo(() => reasonsFor(result.contributions, result.recommended), [result])
  const otherReasons = useMemo(() => reasonsFor(result.contributions, result.other), [result])
  const summary: ResultSummary = { result, reasons, perUse, flip, answers, url: address }
  // A key, not a text: the announcement follows a language switch.
  const [status, setStatus] = useState<
    'linkCopied' | 'summaryCopied' | 'copyLinkFailed' | 'copySummaryFailed' | undefined
  >()
  // Where copying fails, the text to copy by hand: the link, or the whole summary.
  const [manualCopy, setManualCopy] = useState<'link' | 'summary' | undefined>()
  useEffect(() => {
    if (status !== 'linkCopied' && status !== 'summaryCopied') return
    const timer = window.setTimeout(() => setStatus(undefined), 8000)
    return () => window.clearTimeout(timer)
  }, [status])

  const model = (m: ModelId) => t(`model:models.${m}`)
  const maxPoints = Math.max(...result.rows.map((r) => r.points), 1)

  // The article's title is Chinese on either page, so it is marked as such (for screen readers).
  const [beforeTitle, afterTitle = ''] = t('result:about.article', { title: '\u0000' }).split(
    '\u0000',
  )

  const onCopyLink = async () => {
    const ok = await copyText(address)
    setManualCopy(ok ? undefined : 'link')
    setStatus(ok ? 'linkCopied' : 'copyLinkFailed')
  }
  const onCopySummary = async () => {
    const ok = await copyText(summaryText(t, summary))
    setManualCopy(ok ? undefined : 'summary')
    setStatus(ok ? 'summaryCopied' : 'copySummaryFailed')
  }
  const canShare = typeof navigator.share === 'function'
  const onShare = () => {
    navigator
      .share({ title: heading, text: t('common:app.name'), url: address })
      .catch(() => undefined)
  }

  return (
    <>
      <section aria-labelledby="reasons-heading" className="section">
        <h2 id="reasons-heading">
          {t('result:reasonsHeading', { model: model(result.recommended) })}
        </h2>
        <ReasonList reasons={reasons} t={t} locale={locale} />
        <h3>{t('result:otherReasonsHeading', { model: model(result.other) })}</h3>
        {otherReasons.length > 0 ? (
          <ReasonList reasons={otherReasons} t={t} locale={locale} />
        ) : (
          <p>
            {t('result:noOtherReasons', {
              model: model(result.other),
              share: result.share[result.other],
              base: result.basePoints,
            })}
          </p>
        )}
      </section>

      {result.tensions.length > 0 && (
        <section aria-labelledby="tensions-heading" className="section">
          <h2 id="tensions-heading">{t('result:tensionsHeading')}</h2>
          {result.tensions.map((tension) => (
            <p key={tension.id}>{t(`result:tensions.${tension.id}`)}</p>
          ))}
        </section>
      )}

      <section aria-labelledby="flip-heading" className="section">
        <h2 id="flip-heading">{t('result:flipHeading')}</h2>
        <p>{flip ? flipText(t, flip) : t('result:flipNone')}</p>
      </section>

      <section aria-labelledby="shares-heading" className="section">
        <h2 id="shares-heading">{t('result:sharesHeading')}</h2>
        <ul className="shares">
          {MODEL_IDS.map((m) => (
            <li key={m} className={m === result.recommended ? 'share share--leader' : 'share'}>
              <span className="share__label">
                {t('result:shareLabel', { model: model(m), share: result.share[m] })}
              </span>
              <Bar percent={result.share[m]} model={m} />
            </li>
          ))}
        </ul>
      </section>

      <details className="section details no-print">
        <summary className="details__title">{t('result:detailsSummary')}</summary>
        {/* A table wider than a phone scrolls in its box, which keyboard users reach by Tab. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="table-wrap" role="region" aria-labelledby="breakdown-caption" tabIndex={0}>
          <table className="breakdown">
            <caption id="breakdown-caption">
              {t('result:breakdownCaption', { base: result.basePoints })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('result:columnAnswer')}</th>
                {MODEL_IDS.map((m) => (
                  <th scope="col" className="num" key={m}>
                    {model(m)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('result:startingPoints')}</th>
                {MODEL_IDS.map((m) => (
                  <td className="num" key={m}>
                    {result.basePoints}
                  </td>
                ))}
              </tr>
              {result.rows.map((row) => (
                <tr key={`${row.question}-${row.toward ?? 'neither'}`}>
                  <th scope="row">
                    <span className="breakdown__question">
                      {t(`model:questions.${row.question}.summary`)}
                    </span>
                    {row.options
                      .map((o) => t(`model:options.${row.question}.${o}`))
                      .join(t('common:list.separator'))}
                    <span className="diverging" aria-hidden="true">
                      <Bar
                        percent={row.toward === 'gpt-4' ? (row.points / maxPoints) * 100 : 0}
                        model="gpt-4"
                        align="end"
                      />
                      <Bar
                        percent={row.toward === 'chatgpt' ? (row.points / maxPoints) * 100 : 0}
                        model="chatgpt"
                      />
                    </span>
                  </th>
                  {MODEL_IDS.map((m) => (
                    <td className="num" key={m}>
                      {row.toward === m ? row.points : 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('result:total')}</th>
                {MODEL_IDS.map((m) => (
                  <td className="num" key={m}>
                    {result.points[m]}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </details>

      <AnswersSummary />

      <section aria-labelledby="share-heading" className="section no-print">
        <h2 id="share-heading">{t('result:shareHeading')}</h2>
        <div className="button-group">
          <button type="button" className="button" onClick={() => void onCopyLink()}>
            {t('common:actions.copyLink')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void onCopySummary()}
          >
            {t('common:actions.copySummary')}
          </button>
          {canShare && (
            <button type="button" className="button button--secondary" onClick={onShare}>
              {t('common:actions.share')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('common:actions.print')}
          </button>
        </div>
        <p className="status" role="status">
          {status && t(`result:${status}`)}
        </p>
        {manualCopy === 'link' && (
          <CopyByHand id="result-link" label={t('result:linkLabel')} text={address} />
        )}
        {manualCopy === 'summary' && (
          <CopyByHand
            id="result-summary"
            label={t('result:summaryLabel')}
            text={summaryText(t, summary)}
            multiline
          />
        )}
      </section>

      <p className="print-only">{t('result:summaryLink', { url: address })}</p>

      <section aria-labelledby="about-heading" className="section about">
        <h2 id="about-heading">{t('result:about.heading')}</h2>
        <p>
          {beforeTitle}
          <span lang="zh-CN">{t('result:about.articleTitle')}</span>
          {afterTitle}
        </p>
        <p>{t('result:about.chatgpt')}</p>
        <p>{t('result:about.unused')}</p>
        <p>{t('result:about.limits')}</p>
      </section>

      <p className="no-print">
        <AppLink
          href={formatSearch({
            answers: {},
            step: FIRST_STEP,
            locale: wizardStore.getState().locale,
          })}
          onNavigate={() => wizardStore.getState().reset()}
        >
          {t('common:actions.startAgain')}
        </AppLink>
      </p>
    </>
  )
}
